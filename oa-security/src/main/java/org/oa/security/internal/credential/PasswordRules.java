package org.oa.security.internal.credential;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.oa.security.OaSecurityException;
import org.oa.security.password.PasswordPolicy;
import org.oa.security.password.PasswordViolation;
import org.oa.security.password.ViolationCode;

/**
 * Checks a candidate password against a {@link PasswordPolicy}, the shipped list of common passwords and the
 * personal data of the account and its practice. History is checked by the caller (it needs hashing).
 * Thread-safe.
 */
public final class PasswordRules {

    /** Class path resource with one common password per line (lower case; '#' starts a comment). */
    public static final String BLOCKLIST = "org/oa/security/internal/credential/common-passwords.txt";

    private static final int MIN_PERSONAL = 3;

    private final Set<String> blocklist;

    /** Loads the shipped blocklist. */
    public PasswordRules() {
        this.blocklist = load();
    }

    /** @return how many common passwords are known */
    public int blocklistSize() {
        return blocklist.size();
    }

    /**
     * The personal data a password may not contain; {@code null} or short (under 3 characters) values are
     * ignored.
     *
     * @param username     the normalised username
     * @param email        the e-mail address
     * @param practiceName the practice name
     * @param npis         the practice's NPIs
     * @param taxId        the practice's tax ID
     */
    public record PersonalData(String username, String email, String practiceName, Set<String> npis, String taxId) {
        /** Copies the NPI set. */
        public PersonalData {
            npis = npis == null ? Set.of() : Set.copyOf(npis);
        }
    }

    /**
     * @param password the candidate, exactly as typed
     * @param policy   the policy in force
     * @param personal what it may not contain
     * @return every violation found except reuse, empty when acceptable
     */
    public List<PasswordViolation> check(char[] password, PasswordPolicy policy, PersonalData personal) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(personal, "personal");
        List<PasswordViolation> violations = new ArrayList<>();
        String text = new String(password);
        int length = text.codePointCount(0, text.length());
        if (length < policy.minLength()) {
            violations.add(new PasswordViolation(ViolationCode.TOO_SHORT,
                    "Use at least " + policy.minLength() + " characters."));
        }
        if (length > policy.maxLength()) {
            violations.add(new PasswordViolation(ViolationCode.TOO_LONG,
                    "Use at most " + policy.maxLength() + " characters."));
        }
        String folded = fold(text);
        if (isCommon(folded)) {
            violations.add(new PasswordViolation(ViolationCode.COMMON_PASSWORD,
                    "This password, or its main word, is on a list of commonly used passwords. Choose another."));
        }
        if (containsPersonalData(folded, personal)) {
            violations.add(new PasswordViolation(ViolationCode.CONTAINS_PERSONAL_DATA,
                    "Do not use your username, your e-mail address, the practice name, an NPI or the tax ID."));
        }
        if (policy.composition()) {
            boolean upper = false;
            boolean lower = false;
            boolean digit = false;
            boolean symbol = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isUpperCase(c)) {
                    upper = true;
                } else if (Character.isLowerCase(c)) {
                    lower = true;
                } else if (Character.isDigit(c)) {
                    digit = true;
                } else if (!Character.isLetter(c)) {
                    symbol = true;
                }
            }
            if (!upper) {
                violations.add(new PasswordViolation(ViolationCode.MISSING_UPPERCASE, "Add an upper-case letter."));
            }
            if (!lower) {
                violations.add(new PasswordViolation(ViolationCode.MISSING_LOWERCASE, "Add a lower-case letter."));
            }
            if (!digit) {
                violations.add(new PasswordViolation(ViolationCode.MISSING_DIGIT, "Add a digit."));
            }
            if (!symbol) {
                violations.add(new PasswordViolation(ViolationCode.MISSING_SYMBOL,
                        "Add a symbol such as ! or # or a space."));
            }
        }
        return List.copyOf(violations);
    }

    private boolean isCommon(String folded) {
        if (blocklist.contains(folded)) {
            return true;
        }
        // "Password2024!" is "password" with decoration: strip digits and symbols from both ends.
        int start = 0;
        int end = folded.length();
        while (start < end && !Character.isLetter(folded.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(folded.charAt(end - 1))) {
            end--;
        }
        String core = folded.substring(start, end);
        return core.length() >= 4 && blocklist.contains(core);
    }

    private static boolean containsPersonalData(String folded, PersonalData personal) {
        List<String> needles = new ArrayList<>();
        needles.add(personal.username());
        if (personal.email() != null) {
            needles.add(personal.email());
            int at = personal.email().indexOf('@');
            if (at > 0) {
                needles.add(personal.email().substring(0, at));
            }
        }
        if (personal.practiceName() != null) {
            needles.add(personal.practiceName());
            needles.add(personal.practiceName().replaceAll("\\s+", ""));
        }
        needles.addAll(personal.npis());
        if (personal.taxId() != null) {
            needles.add(personal.taxId());
            needles.add(personal.taxId().replaceAll("\\D", ""));
        }
        String digitsOnly = folded.replaceAll("\\D", "");
        for (String needle : needles) {
            if (needle == null) {
                continue;
            }
            String n = fold(needle);
            if (n.length() >= MIN_PERSONAL && folded.contains(n)) {
                return true;
            }
            if (n.length() >= 9 && n.chars().allMatch(Character::isDigit) && digitsOnly.contains(n)) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        InputStream in = PasswordRules.class.getClassLoader().getResourceAsStream(BLOCKLIST);
        if (in == null) {
            throw new OaSecurityException("the common password list is missing from the class path");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(fold(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
