package org.oa.core.internal.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of OA_CORE.PAYER; transactions are labels joined by {@code |}. */
@Entity
@Table(name = "PAYER", schema = "OA_CORE")
public class PayerEntity {

    @Id
    @Column(name = "ID", length = 80)
    String id;

    @Column(name = "NAME", nullable = false)
    String name;

    @Column(name = "TRANSACTIONS", nullable = false)
    String transactions;

    @Column(name = "ENROLLMENT_REQUIRED", nullable = false)
    String enrollmentRequired;

    @Column(name = "NOTES", nullable = false)
    String notes;

    @Column(name = "MEMBER_ID_FORMAT", nullable = false)
    String memberIdFormat;

    @Column(name = "TIMELY_FILING_DAYS", nullable = false)
    int timelyFilingDays;
}
