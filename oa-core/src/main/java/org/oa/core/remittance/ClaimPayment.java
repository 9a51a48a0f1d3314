package org.oa.core.remittance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.oa.core.lifecycle.ClaimStatus;

/**
 * What the payer did with one claim (CLP loop 2100). {@link #toString()} omits the patient control number.
 *
 * @param patientControlNumber  CLP01, the CLM01 of the claim
 * @param status                CLP02
 * @param charge                CLP03, the claim charge
 * @param paid                  CLP04, the amount paid
 * @param patientResponsibility CLP05, what the patient owes
 * @param payerClaimNumber      CLP07, the payer's claim control number (used by replacement and void claims)
 * @param adjustments           claim-level CAS adjustments
 * @param remarkCodes           claim-level RARC (MOA/MIA)
 * @param lines                 the service lines adjudicated
 */
public record ClaimPayment(String patientControlNumber, ClaimPaymentStatus status, BigDecimal charge,
                           BigDecimal paid, BigDecimal patientResponsibility, String payerClaimNumber,
                           List<Adjustment> adjustments, List<String> remarkCodes, List<LinePayment> lines) {

    public ClaimPayment {
        if (patientControlNumber == null || patientControlNumber.isEmpty()) {
            throw new IllegalArgumentException("claim payment patientControlNumber is required");
        }
        Objects.requireNonNull(status, "claim payment status");
        charge = Amounts.cents(charge, "claim payment charge");
        paid = Amounts.cents(paid, "claim payment paid");
        patientResponsibility = Amounts.cents(patientResponsibility, "claim payment patientResponsibility");
        payerClaimNumber = Objects.requireNonNullElse(payerClaimNumber, "");
        adjustments = List.copyOf(Objects.requireNonNull(adjustments, "claim payment adjustments"));
        remarkCodes = List.copyOf(Objects.requireNonNull(remarkCodes, "claim payment remarkCodes"));
        lines = List.copyOf(Objects.requireNonNull(lines, "claim payment lines"));
    }

    /** Returns true when charge − Σ claim and line adjustments = paid (835 claim balancing). */
    public boolean isBalanced() {
        BigDecimal adjusted = Amounts.sum(adjustments);
        for (LinePayment line : lines) {
            adjusted = adjusted.add(Amounts.sum(line.adjustments()));
        }
        return charge.subtract(adjusted).compareTo(paid) == 0;
    }

    /**
     * The lifecycle status this payment moves the claim to: DENIED for status 4 or nothing paid on a processed
     * claim with no patient responsibility, PAID when paid plus patient responsibility covers what was not
     * contractually adjusted, PARTIALLY_PAID otherwise.
     */
    public ClaimStatus adjudicatedStatus() {
        if (status == ClaimPaymentStatus.DENIED) {
            return ClaimStatus.DENIED;
        }
        if (paid.signum() == 0 && patientResponsibility.signum() == 0) {
            return ClaimStatus.DENIED;
        }
        BigDecimal contractual = Amounts.ZERO;
        for (Adjustment a : adjustments) {
            if (a.group() == AdjustmentGroup.CO) {
                contractual = contractual.add(a.amount());
            }
        }
        for (LinePayment line : lines) {
            for (Adjustment a : line.adjustments()) {
                if (a.group() == AdjustmentGroup.CO) {
                    contractual = contractual.add(a.amount());
                }
            }
        }
        BigDecimal covered = paid.add(patientResponsibility).add(contractual);
        return covered.compareTo(charge) >= 0 ? ClaimStatus.PAID : ClaimStatus.PARTIALLY_PAID;
    }

    @Override
    public String toString() {
        return "ClaimPayment[status=" + status + ", charge=" + charge + ", paid=" + paid + "]";
    }
}
