package org.oa.core.internal.persistence;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** Row of OA_CORE.PRACTICE with its locations and providers. */
@Entity
@Table(name = "PRACTICE", schema = "OA_CORE")
public class PracticeEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "NAME", nullable = false)
    String name;

    @Column(name = "TAX_ID", nullable = false, length = 9)
    String taxId;

    @Column(name = "BILLING_NPI", nullable = false, length = 10)
    String billingNpi;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "PRACTICE_ID", nullable = false)
    @OrderColumn(name = "POSITION")
    List<LocationEntity> locations = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "PRACTICE_ID", nullable = false)
    @OrderColumn(name = "POSITION")
    List<ProviderEntity> providers = new ArrayList<>();
}
