package org.oa.core.identifier;

/**
 * A subscriber's member ID as printed on the insurance card: one to eighty printable characters without
 * spaces at either end. A member ID is protected health information: {@link #toString()} masks it.
 * Payer-specific formats (such as the Medicare Beneficiary Identifier) are checked by front-end edits with
 * {@link #isMedicareMbi(String)}. Immutable and thread-safe.
 *
 * @param value the member ID as on the card
 */
public record MemberId(String value) {

    public MemberId {
        if (value == null || value.isEmpty() || value.length() > 80) {
            throw new InvalidIdentifierException("member ID must be 1 to 80 characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new InvalidIdentifierException("member ID may contain only printable ASCII characters");
            }
        }
        if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
            throw new InvalidIdentifierException("member ID must not start or end with a space");
        }
    }

    /** Returns true when this member ID has the Medicare Beneficiary Identifier format. */
    public boolean isMedicareMbi() {
        return isMedicareMbi(value);
    }

    /**
     * Returns true when {@code candidate} has the format of a Medicare Beneficiary Identifier (CMS MBI
     * specification): eleven characters, position 1 a digit 1-9, positions 2, 5, 8 and 9 letters, positions
     * 4, 7, 10 and 11 digits, positions 3 and 6 a letter or digit; letters exclude S, L, O, I, B and Z.
     * Dashes printed on cards (4-3-4 groups) are accepted and ignored.
     */
    public static boolean isMedicareMbi(String candidate) {
        if (candidate == null) {
            return false;
        }
        int length = candidate.length();
        if (length != 11 && length != 13) {
            return false;
        }
        int position = 0;
        for (int i = 0; i < length; i++) {
            char c = candidate.charAt(i);
            if (length == 13 && (i == 4 || i == 8)) {
                if (c != '-') {
                    return false;
                }
                continue;
            }
            position++;
            boolean ok = switch (position) {
                case 1 -> c >= '1' && c <= '9';
                case 2, 5, 8, 9 -> isMbiLetter(c);
                case 3, 6 -> isMbiLetter(c) || (c >= '0' && c <= '9');
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMbiLetter(char c) {
        return c >= 'A' && c <= 'Z' && c != 'S' && c != 'L' && c != 'O' && c != 'I' && c != 'B' && c != 'Z';
    }

    /** Masks all but the last four characters, so the value can appear in a log line. */
    @Override
    public String toString() {
        int keep = Math.min(4, value.length() / 3);
        return "*".repeat(value.length() - keep) + value.substring(value.length() - keep);
    }
}
