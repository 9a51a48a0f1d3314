package org.oa.core.schedule;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

import org.oa.core.patient.PatientId;

/**
 * A request to book an appointment, or a series of them when {@code rrule} is set. Times are local to the
 * practice's zone, whole minutes. {@link #toString()} names no patient and no note. Immutable.
 *
 * @param patientId      the patient
 * @param providerId     the provider, one of the practice's ({@link org.oa.core.practice.Provider#id()})
 * @param resourceId     the room or equipment also booked ({@link org.oa.core.practice.Resource#id()}), or null
 * @param locationId     where, one of the practice's locations
 * @param typeCode       the appointment type's code, one of the practice's types
 * @param start          when it starts (for a series: the first occurrence, the RFC 5545 DTSTART)
 * @param minutes        how long, 5 to 480 minutes
 * @param rrule          an RFC 5545 RRULE value such as {@code FREQ=WEEKLY;COUNT=6}, or null for one appointment
 * @param overrideReason why a double-booking or a time outside office hours is accepted, at most 500
 *                       characters; null or blank means both are refused
 * @param note           free text for the desk, at most 2000 characters (may be PHI: never logged or fed),
 *                       empty when none
 */
public record Booking(PatientId patientId, UUID providerId, UUID resourceId, UUID locationId, String typeCode,
                      LocalDateTime start, int minutes, String rrule, String overrideReason, String note) {

    public Booking {
        Objects.requireNonNull(patientId, "booking patientId");
        Objects.requireNonNull(providerId, "booking providerId");
        Objects.requireNonNull(locationId, "booking locationId");
        if (typeCode == null || typeCode.isBlank()) {
            throw new IllegalArgumentException("booking typeCode is required");
        }
        typeCode = typeCode.strip().toUpperCase(java.util.Locale.ROOT);
        Objects.requireNonNull(start, "booking start");
        if (start.getSecond() != 0 || start.getNano() != 0) {
            throw new IllegalArgumentException("booking start must be a whole minute");
        }
        requireMinutes(minutes);
        rrule = rrule == null || rrule.isBlank() ? null : rrule.strip();
        overrideReason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        note = note == null ? "" : note;
        if (overrideReason != null && overrideReason.length() > 500) {
            throw new IllegalArgumentException("booking overrideReason must be at most 500 characters");
        }
        if (note.length() > 2000) {
            throw new IllegalArgumentException("booking note must be at most 2000 characters");
        }
    }

    /** One appointment without resource, repeat rule, override or note. */
    public static Booking of(PatientId patientId, UUID providerId, UUID locationId, String typeCode,
                             LocalDateTime start, int minutes) {
        return new Booking(patientId, providerId, null, locationId, typeCode, start, minutes, null, null, "");
    }

    /** This booking repeated by an RFC 5545 RRULE value, e.g. {@code FREQ=WEEKLY;COUNT=6}. */
    public Booking repeating(String rule) {
        return new Booking(patientId, providerId, resourceId, locationId, typeCode, start, minutes, rule,
                overrideReason, note);
    }

    /** This booking also holding a room or piece of equipment. */
    public Booking withResource(UUID resource) {
        return new Booking(patientId, providerId, resource, locationId, typeCode, start, minutes, rrule,
                overrideReason, note);
    }

    /** This booking accepted over overlaps, for this reason (recorded on the appointment). */
    public Booking overriding(String reason) {
        return new Booking(patientId, providerId, resourceId, locationId, typeCode, start, minutes, rrule, reason,
                note);
    }

    /** This booking with a note for the desk. */
    public Booking withNote(String text) {
        return new Booking(patientId, providerId, resourceId, locationId, typeCode, start, minutes, rrule,
                overrideReason, text);
    }

    /** Whether overlaps are accepted (an override reason is given). */
    public boolean overrides() {
        return overrideReason != null;
    }

    static void requireMinutes(int minutes) {
        if (minutes < 5 || minutes > 480) {
            throw new IllegalArgumentException("appointment minutes must be 5 to 480");
        }
    }

    @Override
    public String toString() {
        return "Booking[provider=" + providerId + ", type=" + typeCode + ", start=" + start + ", minutes=" + minutes
                + (rrule == null ? "" : ", rrule=" + rrule) + (overrides() ? ", override" : "") + "]";
    }
}
