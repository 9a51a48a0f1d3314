package org.oa.core.internal.persistence;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Row of OA_CORE.APPOINTMENT_SERIES: the RFC 5545 description of a series (RRULE value, DTSTART local to the
 * practice, EXDATEs as a comma-separated list of local date-times like {@code 20260622T090000}); its occurrences
 * are APPOINTMENT rows.
 */
@Entity
@Table(name = "APPOINTMENT_SERIES", schema = "OA_CORE")
public class AppointmentSeriesEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "PRACTICE_ID", nullable = false, length = 36)
    String practiceId;

    @Column(name = "PROVIDER_ID", nullable = false, length = 36)
    String providerId;

    @Column(name = "RRULE", nullable = false, length = 1000)
    String rrule;

    @Column(name = "DTSTART", nullable = false, length = 16)
    @Convert(converter = LocalMinuteConverter.class)
    LocalDateTime dtstart;

    @Column(name = "MINUTES", nullable = false)
    short minutes;

    @Column(name = "EXDATES", nullable = false, length = 8000)
    String exdates = "";

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}
