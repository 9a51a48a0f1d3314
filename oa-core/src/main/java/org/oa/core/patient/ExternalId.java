package org.oa.core.patient;

/**
 * The ID another system gave a patient, kept when a practice moves its patients into OA (the CSV import uses it
 * to recognise a patient it imported before): 1 to 50 printable ASCII characters without spaces at either end,
 * compared exactly. Unique within a practice. It identifies a patient, so {@link #toString()} masks all but the
 * last characters. Immutable and thread-safe.
 *
 * @param value the ID as the other system wrote it
 */
public record ExternalId(String value) {

    /** The longest external ID, in characters (the column's width). */
    public static final int MAX_LENGTH = 50;

    public ExternalId {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("external ID must be 1 to " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IllegalArgumentException("external ID may contain only printable ASCII characters");
            }
        }
        if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
            throw new IllegalArgumentException("external ID must not start or end with a space");
        }
    }

    /** Shorthand for the constructor. */
    public static ExternalId of(String value) {
        return new ExternalId(value);
    }

    @Override
    public String toString() {
        int keep = Math.min(3, value.length() / 3);
        return "*".repeat(value.length() - keep) + value.substring(value.length() - keep);
    }
}
