package org.oa.core.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That an appointment's reminder was claimed (and then sent): at most one row per appointment. */
@Entity
@Table(name = "APPOINTMENT_REMINDER", schema = "OA_CORE")
public class AppointmentReminderEntity {

    @Id
    @Column(name = "APPOINTMENT_ID", length = 36)
    String appointmentId;

    @Column(name = "CHANNELS", nullable = false, length = 20)
    String channels;

    @Column(name = "SENT_AT_MILLIS", nullable = false)
    long sentAtMillis;

    protected AppointmentReminderEntity() {
    }

    AppointmentReminderEntity(String appointmentId, String channels, long sentAtMillis) {
        this.appointmentId = appointmentId;
        this.channels = channels;
        this.sentAtMillis = sentAtMillis;
    }
}
