package org.oa.security.password;

/**
 * The rules a new password must meet, configurable per practice. Every profile also refuses the shipped list
 * of common passwords and any password containing the username, e-mail address (or its local part), practice
 * name, an NPI or the tax ID, in any case.
 *
 * @param minLength    minimum length in code points (at least 8; default 12)
 * @param maxLength    maximum length in code points (at least 64; default 128)
 * @param composition  require an upper-case letter, a lower-case letter, a digit and a symbol (default on)
 * @param historySize  how many previous passwords may not be reused (0 to 24; default 5)
 */
public record PasswordPolicy(int minLength, int maxLength, boolean composition, int historySize) {

    /** Validates the ranges. */
    public PasswordPolicy {
        if (minLength < 8) {
            throw new IllegalArgumentException("minLength must be at least 8");
        }
        if (maxLength < 64 || maxLength < minLength) {
            throw new IllegalArgumentException("maxLength must be at least 64 and at least minLength");
        }
        if (historySize < 0 || historySize > 24) {
            throw new IllegalArgumentException("historySize must be 0..24");
        }
    }

    /** @return the default: 12..128 code points, composition rule on, last 5 passwords remembered */
    public static PasswordPolicy standard() {
        return new PasswordPolicy(12, 128, true, 5);
    }

    /**
     * @return the NIST SP 800-63B profile: length and blocklist only (12..128), no composition rule, last 5
     *         passwords remembered
     */
    public static PasswordPolicy nist80063b() {
        return new PasswordPolicy(12, 128, false, 5);
    }
}
