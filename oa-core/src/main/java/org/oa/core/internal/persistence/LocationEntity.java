package org.oa.core.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of OA_CORE.PRACTICE_LOCATION. */
@Entity
@Table(name = "PRACTICE_LOCATION", schema = "OA_CORE")
public class LocationEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "NAME", nullable = false)
    String name;

    @Column(name = "STREET", nullable = false)
    String street;

    @Column(name = "CITY", nullable = false)
    String city;

    @Column(name = "STATE", nullable = false, length = 2)
    String state;

    @Column(name = "ZIP", nullable = false, length = 9)
    String zip;

    @Column(name = "PHONE", length = 10)
    String phone;

    @Column(name = "ACTIVE", nullable = false)
    short active = 1;
}
