package org.oa.core.identifier;

/**
 * A National Provider Identifier: ten digits whose last digit is a Luhn check digit computed over the prefix
 * 80840 followed by the first nine digits (CMS "NPI check digit" rule). Immutable and thread-safe.
 *
 * @param value the ten digits
 */
public record Npi(String value) {

    /** Luhn sum contributed by the constant prefix 80840, doubled positions already applied. */
    private static final int PREFIX_SUM = 24;

    public Npi {
        if (!isValid(value)) {
            throw new InvalidIdentifierException("NPI must be 10 digits with a valid check digit");
        }
    }

    /** Returns true when {@code candidate} is ten digits with a correct check digit. */
    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return checkDigit(candidate.substring(0, 9)) == candidate.charAt(9) - '0';
    }

    /** Computes the check digit for the first nine digits of an NPI. */
    public static int checkDigit(String firstNineDigits) {
        int sum = PREFIX_SUM;
        // Double every second digit from the right, counting the (absent) check digit as position 1.
        for (int i = 0; i < 9; i++) {
            int digit = firstNineDigits.charAt(8 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
