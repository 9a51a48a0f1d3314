package org.oa.core.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.oa.core.identifier.PayerId;
import org.oa.core.practice.PracticeId;

/**
 * One remittance advice (835) for a practice: a payment from a payer and what it pays for.
 *
 * @param practiceId   the practice paid
 * @param payerId      the payer
 * @param traceNumber  TRN02, the check or EFT trace number
 * @param paymentDate  BPR16, the payment date
 * @param totalPayment BPR02, total actual provider payment
 * @param claims       the claims paid, denied or reversed
 * @param providerAdjustments PLB amounts (positive reduces the payment), scale 2
 */
public record Remittance(PracticeId practiceId, PayerId payerId, String traceNumber, LocalDate paymentDate,
                         BigDecimal totalPayment, List<ClaimPayment> claims, List<BigDecimal> providerAdjustments) {

    public Remittance {
        Objects.requireNonNull(practiceId, "remittance practiceId");
        Objects.requireNonNull(payerId, "remittance payerId");
        if (traceNumber == null || traceNumber.isBlank()) {
            throw new IllegalArgumentException("remittance traceNumber is required");
        }
        Objects.requireNonNull(paymentDate, "remittance paymentDate");
        totalPayment = Amounts.cents(totalPayment, "remittance totalPayment");
        claims = List.copyOf(Objects.requireNonNull(claims, "remittance claims"));
        providerAdjustments = Objects.requireNonNull(providerAdjustments, "remittance providerAdjustments")
                .stream().map(a -> Amounts.cents(a, "remittance providerAdjustment")).toList();
    }

    /** Returns true when Σ claim payments − Σ provider adjustments = total payment (835 transaction balancing). */
    public boolean isBalanced() {
        BigDecimal sum = Amounts.ZERO;
        for (ClaimPayment c : claims) {
            sum = sum.add(c.paid());
        }
        for (BigDecimal plb : providerAdjustments) {
            sum = sum.subtract(plb);
        }
        return sum.compareTo(totalPayment) == 0;
    }
}
