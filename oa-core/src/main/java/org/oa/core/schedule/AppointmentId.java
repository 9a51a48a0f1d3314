package org.oa.core.schedule;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies one appointment (also one occurrence of a series).
 *
 * @param value random UUID assigned when the appointment was booked
 */
public record AppointmentId(UUID value) {

    public AppointmentId {
        Objects.requireNonNull(value, "appointment ID value");
    }

    /** Returns a new random appointment ID. */
    public static AppointmentId random() {
        return new AppointmentId(UUID.randomUUID());
    }

    /** Parses the canonical UUID text form; throws {@link IllegalArgumentException} when it is not one. */
    public static AppointmentId of(String text) {
        return new AppointmentId(UUID.fromString(Objects.requireNonNull(text, "appointment ID text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
