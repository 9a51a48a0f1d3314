package org.oa.core.internal.persistence;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name for search and duplicate checks: accents removed, upper case, runs of spaces made one, and
 * anything but letters, digits, spaces, hyphens and apostrophes dropped (so that a LIKE pattern built from a key
 * needs no escaping). "José  O'Neil" and "jose o'neil" have the same key.
 */
final class NameKey {

    private NameKey() {
    }

    static String of(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isWhitespace(c)) {
                space = key.length() > 0;
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '-' || c == '\'') {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(c);
            }
        }
        return key.toString().toUpperCase(Locale.ROOT);
    }
}
