package org.oa.core.practice;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One weekly period in which a provider sees patients at one of the practice's locations, e.g. Monday 08:00 to
 * 12:00 at the Main Street clinic: what the schedule offers for appointments. Times are local to the location,
 * to the minute; the period starts at {@code from} and ends before {@code to}, on one day (no period past
 * midnight). Business data, not PHI. Immutable and thread-safe.
 *
 * @param day        the day of the week
 * @param from       when the period starts, whole minutes
 * @param to         when it ends, whole minutes, after {@code from}
 * @param locationId the location, one of the practice's
 */
public record OfficeHours(DayOfWeek day, LocalTime from, LocalTime to, UUID locationId) {

    public OfficeHours {
        Objects.requireNonNull(day, "office hours day");
        Objects.requireNonNull(from, "office hours from");
        Objects.requireNonNull(to, "office hours to");
        Objects.requireNonNull(locationId, "office hours locationId");
        if (from.getSecond() != 0 || from.getNano() != 0 || to.getSecond() != 0 || to.getNano() != 0) {
            throw new IllegalArgumentException("office hours from and to must be whole minutes");
        }
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("office hours to must be after from");
        }
    }

    /** Shorthand: {@code OfficeHours.of(DayOfWeek.MONDAY, "08:00", "12:00", location)}. */
    public static OfficeHours of(DayOfWeek day, String from, String to, UUID locationId) {
        return new OfficeHours(day, LocalTime.parse(from), LocalTime.parse(to), locationId);
    }

    /** Whether this and {@code other} share a minute on the same day (at any location). */
    public boolean overlaps(OfficeHours other) {
        return day == other.day && from.isBefore(other.to) && other.from.isBefore(to);
    }

    /** Whether the provider sees patients at {@code time} on {@code dayOfWeek} in this period. */
    public boolean covers(DayOfWeek dayOfWeek, LocalTime time) {
        return day == dayOfWeek && !time.isBefore(from) && time.isBefore(to);
    }
}
