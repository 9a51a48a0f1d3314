package org.oa.edi.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One 2100 claim payment (CLP). {@code toString()} hides the patient control number.
 *
 * @param patientControlNumber    CLP01 (the CLM01 of the claim)
 * @param statusCode              CLP02: 1 processed as primary, 4 denied, 22 reversal, ...
 * @param charge                  CLP03
 * @param payment                 CLP04
 * @param patientResponsibility   CLP05, {@code null} when absent
 * @param payerClaimControlNumber CLP07
 * @param adjustments             claim-level CAS
 * @param services                2110 loops
 */
public record ClaimPayment(String patientControlNumber, String statusCode, BigDecimal charge, BigDecimal payment,
        BigDecimal patientResponsibility, String payerClaimControlNumber, List<Adjustment> adjustments,
        List<ServicePayment> services) {
    public ClaimPayment {
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        statusCode = statusCode == null ? "" : statusCode;
        payerClaimControlNumber = payerClaimControlNumber == null ? "" : payerClaimControlNumber;
        adjustments = List.copyOf(Objects.requireNonNull(adjustments, "adjustments"));
        services = List.copyOf(Objects.requireNonNull(services, "services"));
    }

    @Override
    public String toString() {
        return "ClaimPayment[status=" + statusCode + ", charge=" + charge + ", payment=" + payment + ", redacted]";
    }
}
