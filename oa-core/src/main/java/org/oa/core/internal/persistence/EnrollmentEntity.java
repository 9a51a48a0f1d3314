package org.oa.core.internal.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of OA_CORE.PAYER_ENROLLMENT: one practice, one payer, one transaction. */
@Entity
@Table(name = "PAYER_ENROLLMENT", schema = "OA_CORE")
public class EnrollmentEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "PRACTICE_ID", nullable = false, length = 36)
    String practiceId;

    @Column(name = "PAYER_ID", nullable = false)
    String payerId;

    @Column(name = "TRANSACTION_TYPE", nullable = false)
    String transactionType;

    @Column(name = "STATUS", nullable = false)
    String status;

    @Column(name = "STATUS_DATE", nullable = false)
    LocalDate statusDate;

    @Column(name = "NOTE", nullable = false)
    String note;
}
