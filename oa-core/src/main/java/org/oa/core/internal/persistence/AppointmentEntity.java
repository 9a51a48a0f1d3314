package org.oa.core.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Row of OA_CORE.APPOINTMENT: one appointment, or one occurrence of a series. Times are local to the practice. */
@Entity
@Table(name = "APPOINTMENT", schema = "OA_CORE")
public class AppointmentEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "PRACTICE_ID", nullable = false, length = 36)
    String practiceId;

    @Column(name = "SERIES_ID", length = 36)
    String seriesId;

    @Column(name = "OCCURRENCE_DATE")
    LocalDate occurrenceDate;

    @Column(name = "PATIENT_ID", nullable = false, length = 36)
    String patientId;

    @Column(name = "PROVIDER_ID", nullable = false, length = 36)
    String providerId;

    @Column(name = "RESOURCE_ID", length = 36)
    String resourceId;

    @Column(name = "LOCATION_ID", nullable = false, length = 36)
    String locationId;

    @Column(name = "TYPE_CODE", nullable = false, length = 20)
    String typeCode;

    @Column(name = "STARTS_AT", nullable = false, length = 16)
    @Convert(converter = LocalMinuteConverter.class)
    LocalDateTime startsAt;

    @Column(name = "ENDS_AT", nullable = false, length = 16)
    @Convert(converter = LocalMinuteConverter.class)
    LocalDateTime endsAt;

    @Column(name = "STATUS", nullable = false, length = 20)
    String status;

    @Column(name = "OVERRIDE_REASON", length = 500)
    String overrideReason;

    @Column(name = "CANCEL_REASON", length = 500)
    String cancelReason;

    @Column(name = "NOTE", nullable = false, length = 2000)
    String note = "";

    @Version
    @Column(name = "VERSION", nullable = false)
    long version;
}
