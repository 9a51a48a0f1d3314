package org.oa.core.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of OA_CORE.APPOINTMENT_TYPE: a kind of appointment one practice offers. */
@Entity
@Table(name = "APPOINTMENT_TYPE", schema = "OA_CORE")
public class AppointmentTypeEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "PRACTICE_ID", nullable = false, length = 36)
    String practiceId;

    @Column(name = "CODE", nullable = false, length = 20)
    String code;

    @Column(name = "NAME", nullable = false, length = 100)
    String name;

    @Column(name = "DEFAULT_MINUTES", nullable = false)
    short defaultMinutes;

    @Column(name = "COLOUR", nullable = false, length = 7)
    String colour;
}
