package org.oa.core.internal.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** Row of OA_CORE.PRACTICE_PROVIDER with the provider's office hours. */
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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "PRACTICE_PROVIDER_HOURS", schema = "OA_CORE",
            joinColumns = @JoinColumn(name = "PROVIDER_ID"))
    @OrderColumn(name = "POSITION")
    List<OfficeHoursRow> officeHours = new ArrayList<>();
}
