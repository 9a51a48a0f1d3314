package org.oa.core.identifier;

/**
 * A federal tax identification number (EIN or SSN used as TIN): nine digits, stored without a hyphen.
 * {@link #of(String)} accepts the common {@code 12-3456789} form. Immutable and thread-safe.
 *
 * @param value the nine digits
 */
public record TaxId(String value) {

    public TaxId {
        if (value == null || !value.matches("[0-9]{9}")) {
            throw new InvalidIdentifierException("tax ID must be 9 digits");
        }
        if (value.equals("000000000")) {
            throw new InvalidIdentifierException("tax ID must not be all zeros");
        }
    }

    /** Parses a tax ID typed with or without the hyphen after the second digit. */
    public static TaxId of(String typed) {
        if (typed == null) {
            throw new InvalidIdentifierException("tax ID is required");
        }
        String digits = typed.strip();
        if (digits.matches("[0-9]{2}-[0-9]{7}")) {
            digits = digits.replace("-", "");
        }
        return new TaxId(digits);
    }

    /** Returns true when {@code candidate} is nine digits (optionally hyphenated) and not all zeros. */
    public static boolean isValid(String candidate) {
        try {
            of(candidate);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
