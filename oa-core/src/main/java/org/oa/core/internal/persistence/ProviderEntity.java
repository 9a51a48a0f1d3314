package org.oa.core.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of OA_CORE.PRACTICE_PROVIDER. */
@Entity
@Table(name = "PRACTICE_PROVIDER", schema = "OA_CORE")
public class ProviderEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "FIRST_NAME", nullable = false)
    String firstName;

    @Column(name = "LAST_NAME", nullable = false)
    String lastName;

    @Column(name = "NPI", nullable = false, length = 10)
    String npi;

    @Column(name = "TAXONOMY", nullable = false, length = 10)
    String taxonomy;

    @Column(name = "ACTIVE", nullable = false)
    short active = 1;
}
