package org.oa.security.internal.twofactor;

import java.text.Normalizer;
import org.oa.security.twofactor.PhoneNumberProblem;

/**
 * Reads phone numbers as people type them into E.164. Deliberately small: it knows the E.164 limits and the
 * North American numbering plan's length (the reference deployment's home), not every country's plan; the code
 * texted to a new number is what proves it right. Thread-safe (stateless).
 */
public final class PhoneNumberFormat {

    /** Longest input looked at; anything longer is too long for a phone number with any formatting. */
    static final int MAX_TYPED = 40;
    /** Fewest digits (country code included) of a phone number in use. */
    static final int MIN_DIGITS = 7;
    /** Most digits E.164 allows (country code included). */
    static final int MAX_DIGITS = 15;

    /**
     * The outcome of {@link #normalise}: exactly one of the fields is set. {@code toString()} leaves out the number.
     *
     * @param e164    the normalised number, or {@code null}
     * @param problem the first problem found, or {@code null}
     */
    public record Result(String e164, PhoneNumberProblem problem) {
        @Override
        public String toString() {
            return problem == null ? "Result[number]" : "Result[" + problem + "]";
        }
    }

    private PhoneNumberFormat() {
    }

    /**
     * @param typed the number as typed, may be {@code null}
     * @return the E.164 form, or the first problem
     */
    public static Result normalise(String typed) {
        if (typed == null || typed.isBlank()) {
            return problem(PhoneNumberProblem.BLANK);
        }
        if (typed.length() > MAX_TYPED) {
            return problem(PhoneNumberProblem.TOO_LONG);
        }
        // NFKC turns full-width digits and no-break spaces into their plain forms.
        String text = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        boolean international = false;
        if (text.startsWith("+")) {
            international = true;
            text = text.substring(1).replace("(0)", "");
        }
        StringBuilder digits = new StringBuilder(16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!separator(c)) {
                return problem(PhoneNumberProblem.INVALID_CHARACTERS);
            }
        }
        if (!international && digits.length() > 2 && digits.charAt(0) == '0' && digits.charAt(1) == '0') {
            international = true; // 00 is the international call prefix in most of the world
            digits.delete(0, 2);
        }
        if (digits.length() == 0) {
            return problem(PhoneNumberProblem.TOO_SHORT);
        }
        if (!international) {
            // North American area codes start with 2-9: a leading 0 is another country's trunk prefix, and
            // 1 and nine digits is a North American number with a digit missing.
            if (digits.length() == 10 && digits.charAt(0) == '1') {
                return problem(PhoneNumberProblem.TOO_SHORT);
            } else if (digits.length() == 10 && digits.charAt(0) != '0') {
                digits.insert(0, '1');
            } else if (!(digits.length() == 11 && digits.charAt(0) == '1')) {
                return problem(PhoneNumberProblem.MISSING_COUNTRY_CODE);
            }
        }
        if (digits.charAt(0) == '0') {
            return problem(PhoneNumberProblem.INVALID_COUNTRY_CODE);
        }
        if (digits.charAt(0) == '1') { // North America: the 1 and exactly 10 digits
            if (digits.length() < 11) {
                return problem(PhoneNumberProblem.TOO_SHORT);
            }
            if (digits.length() > 11) {
                return problem(PhoneNumberProblem.TOO_LONG);
            }
        }
        if (digits.length() < MIN_DIGITS) {
            return problem(PhoneNumberProblem.TOO_SHORT);
        }
        if (digits.length() > MAX_DIGITS) {
            return problem(PhoneNumberProblem.TOO_LONG);
        }
        return new Result("+" + digits, null);
    }

    private static boolean separator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/' || c == '\t'
                || c >= '\u2010' && c <= '\u2015' || c == '\u2212';
    }

    private static Result problem(PhoneNumberProblem problem) {
        return new Result(null, problem);
    }
}
