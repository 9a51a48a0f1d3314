package org.oa.core.schedule;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Why the schedule refused a booking or a change: a code a program can act on, the field it concerns and a
 * sentence a front desk understands, with the appointments in the way when the slot is taken. Messages never
 * name the patient. Immutable.
 *
 * <p>Codes: {@value #SLOT_TAKEN}, {@value #OUTSIDE_OFFICE_HOURS}, {@value #UNKNOWN_PROVIDER},
 * {@value #UNKNOWN_RESOURCE}, {@value #UNKNOWN_LOCATION}, {@value #UNKNOWN_PATIENT}, {@value #UNKNOWN_TYPE},
 * {@value #BAD_RRULE}, {@value #SERIES_TOO_LONG}, {@value #NOT_ALLOWED}, {@value #STALE}, {@value #NOT_FOUND},
 * {@value #CANCEL_REASON_REQUIRED}.
 *
 * @param path      where, e.g. {@code appointment.start}
 * @param code      what, e.g. {@value #SLOT_TAKEN}
 * @param message   a sentence for the front desk
 * @param conflicts the stored appointments that overlap (for {@value #SLOT_TAKEN}); otherwise empty
 */
public record ScheduleProblem(String path, String code, String message, List<Conflict> conflicts) {

    /** The provider or the resource already has an occupying appointment then. */
    public static final String SLOT_TAKEN = "slot_taken";
    /** The provider does not see patients at that location then. */
    public static final String OUTSIDE_OFFICE_HOURS = "outside_office_hours";
    /** The provider is not one of the practice's, or no longer active. */
    public static final String UNKNOWN_PROVIDER = "unknown_provider";
    /** The resource is not one of the practice's, or no longer active. */
    public static final String UNKNOWN_RESOURCE = "unknown_resource";
    /** The location is not one of the practice's. */
    public static final String UNKNOWN_LOCATION = "unknown_location";
    /** The patient is not one of the practice's. */
    public static final String UNKNOWN_PATIENT = "unknown_patient";
    /** The appointment type is not one of the practice's. */
    public static final String UNKNOWN_TYPE = "unknown_type";
    /** The repeat rule is not a valid RFC 5545 RRULE, gives no date or gives overlapping repeats. */
    public static final String BAD_RRULE = "bad_rrule";
    /** The repeat rule gives more than 260 appointments or runs past two years. */
    public static final String SERIES_TOO_LONG = "series_too_long";
    /** The status change or move is not allowed for the appointment as it is. */
    public static final String NOT_ALLOWED = "not_allowed";
    /** Someone else changed the appointment since it was read; the transaction must be rolled back. */
    public static final String STALE = "stale";
    /** No such appointment in the practice. */
    public static final String NOT_FOUND = "not_found";
    /** A cancellation needs a reason. */
    public static final String CANCEL_REASON_REQUIRED = "cancel_reason_required";

    /**
     * A stored appointment that is in the way.
     *
     * @param appointmentId the appointment
     * @param start         its start
     * @param end           its end
     * @param who           {@code provider} when it holds the same provider, {@code resource} the same resource
     */
    public record Conflict(AppointmentId appointmentId, LocalDateTime start, LocalDateTime end, String who) {
        public Conflict {
            Objects.requireNonNull(appointmentId, "conflict appointmentId");
            Objects.requireNonNull(start, "conflict start");
            Objects.requireNonNull(end, "conflict end");
            Objects.requireNonNull(who, "conflict who");
        }
    }

    public ScheduleProblem {
        Objects.requireNonNull(path, "problem path");
        Objects.requireNonNull(code, "problem code");
        Objects.requireNonNull(message, "problem message");
        conflicts = List.copyOf(Objects.requireNonNullElse(conflicts, List.of()));
    }

    /** A problem without conflicts. */
    public static ScheduleProblem of(String path, String code, String message) {
        return new ScheduleProblem(path, code, message, List.of());
    }
}
