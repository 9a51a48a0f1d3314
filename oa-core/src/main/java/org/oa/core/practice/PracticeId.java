package org.oa.core.practice;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a practice, the tenant every record belongs to.
 *
 * @param value the random UUID given to the practice when it was created
 */
public record PracticeId(UUID value) {

    public PracticeId {
        Objects.requireNonNull(value, "practice ID value");
    }

    /** Returns a new random practice ID. */
    public static PracticeId random() {
        return new PracticeId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form. */
    public static PracticeId parse(String text) {
        return new PracticeId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
