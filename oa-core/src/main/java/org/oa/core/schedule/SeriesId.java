package org.oa.core.schedule;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a series of appointments booked from one repeat rule.
 *
 * @param value random UUID assigned when the series was booked
 */
public record SeriesId(UUID value) {

    public SeriesId {
        Objects.requireNonNull(value, "series ID value");
    }

    /** Returns a new random series ID. */
    public static SeriesId random() {
        return new SeriesId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} when it is not one. */
    public static SeriesId of(String text) {
        return new SeriesId(UUID.fromString(Objects.requireNonNull(text, "series ID text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
