package org.oa.core.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

import org.oa.core.patient.PatientId;

/**
 * A stored appointment: one booking, or one occurrence of a series. Times are local to the practice's zone; the
 * appointment holds {@code [start, end)} (an appointment ending at 09:30 does not overlap one starting then).
 * {@link #toString()} shows the appointment ID, times and status only: no patient, no note. Immutable.
 *
 * @param id             identifier
 * @param seriesId       the series it is an occurrence of, or null for a single appointment (also one moved
 *                       out of its series)
 * @param occurrenceDate the series date it stands for (the day of its RFC 5545 recurrence instance), or null
 * @param patientId      the patient
 * @param providerId     the provider
 * @param resourceId     the room or equipment, or null
 * @param locationId     the location
 * @param typeCode       the appointment type's code
 * @param start          start, inclusive
 * @param end            end, exclusive, after start
 * @param status         front-desk status
 * @param overrideReason why it was accepted over an overlap, or null
 * @param cancelReason   why it was cancelled, or null
 * @param note           free text for the desk, empty when none
 * @param version        optimistic version, increased by every change
 */
public record Appointment(AppointmentId id, SeriesId seriesId, LocalDate occurrenceDate, PatientId patientId,
                          UUID providerId, UUID resourceId, UUID locationId, String typeCode, LocalDateTime start,
                          LocalDateTime end, AppointmentStatus status, String overrideReason, String cancelReason,
                          String note, long version) {

    public Appointment {
        Objects.requireNonNull(id, "appointment id");
        Objects.requireNonNull(patientId, "appointment patientId");
        Objects.requireNonNull(providerId, "appointment providerId");
        Objects.requireNonNull(locationId, "appointment locationId");
        Objects.requireNonNull(typeCode, "appointment typeCode");
        Objects.requireNonNull(start, "appointment start");
        Objects.requireNonNull(end, "appointment end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("appointment end must be after start");
        }
        Objects.requireNonNull(status, "appointment status");
        note = note == null ? "" : note;
    }

    /** Length in minutes. */
    public int minutes() {
        return (int) Duration.between(start, end).toMinutes();
    }

    /** Whether it holds its provider's and resource's time. */
    public boolean occupiesSlot() {
        return status.occupiesSlot();
    }

    /** Whether it is an occurrence of a series. */
    public boolean inSeries() {
        return seriesId != null;
    }

    @Override
    public String toString() {
        return "Appointment[id=" + id + (seriesId == null ? "" : ", series=" + seriesId) + ", start=" + start
                + ", end=" + end + ", status=" + status + "]";
    }
}
