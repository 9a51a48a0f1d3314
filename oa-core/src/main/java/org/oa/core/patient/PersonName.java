package org.oa.core.patient;

import java.util.Objects;

/**
 * A person's name as registered: first, middle (may be empty) and last, with the 837 maximum lengths (35, 25
 * and 60 characters) so that a claim can carry it. Surrounding spaces are removed. A patient's name is protected
 * health information: {@link #toString()} shows none of it. Immutable and thread-safe.
 *
 * @param first  first (given) name, required
 * @param middle middle name or initial, empty when none
 * @param last   last (family) name, required
 */
public record PersonName(String first, String middle, String last) {

    public PersonName {
        first = required(first, "first", 35);
        middle = Objects.requireNonNullElse(middle, "").strip();
        if (middle.length() > 25) {
            throw new IllegalArgumentException("name middle must be at most 25 characters");
        }
        last = required(last, "last", 60);
    }

    /** A name without a middle name. */
    public static PersonName of(String first, String last) {
        return new PersonName(first, "", last);
    }

    private static String required(String value, String part, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("name " + part + " is required");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException("name " + part + " must be at most " + max + " characters");
        }
        return stripped;
    }

    @Override
    public String toString() {
        return "PersonName[***]";
    }
}
