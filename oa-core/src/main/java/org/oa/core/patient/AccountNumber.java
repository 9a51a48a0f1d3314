package org.oa.core.patient;

/**
 * A patient's account number (medical record number, MRN) in a practice: 1 to 20 letters, digits or hyphens,
 * kept in upper case; unique within the practice. It identifies a patient, so {@link #toString()} masks all but
 * the last characters. Immutable and thread-safe.
 *
 * @param value the account number, upper case
 */
public record AccountNumber(String value) {

    public AccountNumber {
        if (value == null || value.isEmpty() || value.length() > 20) {
            throw new IllegalArgumentException("account number must be 1 to 20 characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
            if (!ok) {
                throw new IllegalArgumentException("account number may contain only letters, digits and hyphens");
            }
        }
        value = value.toUpperCase(java.util.Locale.ROOT);
    }

    /** Shorthand for the constructor. */
    public static AccountNumber of(String value) {
        return new AccountNumber(value);
    }

    @Override
    public String toString() {
        int keep = Math.min(3, value.length() / 3);
        return "*".repeat(value.length() - keep) + value.substring(value.length() - keep);
    }
}
