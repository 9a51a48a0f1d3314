package org.oa.security.internal.account;

import java.text.Normalizer;
import java.util.Locale;

/** The one way a username is normalised before it is stored or looked up. */
public final class Usernames {

    private Usernames() {
    }

    /**
     * Applies Unicode NFKC, lower-cases (root locale), applies NFKC again and strips surrounding white space,
     * repeated until nothing changes (NFKC can produce a leading space, e.g. from a spacing accent), so that
     * "ＡＬＩＣＥ", " Alice" and "alice" are one username and normalising twice changes nothing.
     *
     * @param username as typed
     * @return the normalised form
     */
    public static String normalize(String username) {
        String current = username;
        for (int round = 0; round < 8; round++) {
            String next = once(current);
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        return current;
    }

    private static String once(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return Normalizer.normalize(nfkc.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC).strip();
    }
}
