package org.oa.security.internal.questions;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises answers so that "  Rex ", "rex" and "ＲＥＸ" are the same answer. Thread-safe. */
public final class Answers {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);

    private Answers() {
    }

    /**
     * @param typed an answer as typed
     * @return Unicode NFKC, lower case (root locale), surrounding whitespace removed, each inner run of whitespace
     *         replaced by one space
     */
    public static String normalize(String typed) {
        String nfkc = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        String folded = nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return WHITESPACE.matcher(folded).replaceAll(" ").strip();
    }
}
