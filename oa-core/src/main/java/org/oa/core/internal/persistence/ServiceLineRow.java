package org.oa.core.internal.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Row of OA_CORE.CLAIM_SERVICE_LINE. Modifiers and pointers are encoded by {@link ClaimMapper}. */
@Embeddable
public class ServiceLineRow {

    @Column(name = "LINE_CONTROL_NUMBER", nullable = false)
    String lineControlNumber;

    @Column(name = "PROCEDURE_CODE", nullable = false)
    String procedureCode;

    @Column(name = "MODIFIERS", nullable = false)
    String modifiers;

    @Column(name = "CHARGE", nullable = false, precision = 18, scale = 2)
    BigDecimal charge;

    @Column(name = "UNITS", nullable = false)
    String units;

    @Column(name = "SERVICE_FROM")
    LocalDate serviceFrom;

    @Column(name = "SERVICE_TO")
    LocalDate serviceTo;

    @Column(name = "DIAGNOSIS_POINTERS", nullable = false)
    String diagnosisPointers;

    @Column(name = "NDC", nullable = false)
    String ndc;

    @Column(name = "NDC_QUALIFIER", nullable = false)
    String ndcQualifier;

    @Column(name = "REVENUE_CODE", nullable = false)
    String revenueCode;
}
