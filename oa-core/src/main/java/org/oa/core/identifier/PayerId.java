package org.oa.core.identifier;

/**
 * A payer ID as clearinghouses publish it (the NM109 of loop 2010BB), e.g. {@code SIM01}: one to eighty
 * letters, digits or hyphens, kept in upper case. Whether the payer is on the payer list is a front-end edit,
 * not a property of the identifier. Immutable and thread-safe.
 *
 * @param value the payer ID, upper case
 */
public record PayerId(String value) {

    public PayerId {
        if (value == null || value.isEmpty() || value.length() > 80) {
            throw new InvalidIdentifierException("payer ID must be 1 to 80 characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
            if (!ok) {
                throw new InvalidIdentifierException("payer ID may contain only letters, digits and hyphens");
            }
        }
        value = value.toUpperCase(java.util.Locale.ROOT);
    }

    /** Returns a payer ID for {@code value}; shorthand for the constructor. */
    public static PayerId of(String value) {
        return new PayerId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
