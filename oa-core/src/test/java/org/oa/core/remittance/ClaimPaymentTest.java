package org.oa.core.remittance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oa.core.identifier.PayerId;
import org.oa.core.lifecycle.ClaimStatus;
import org.oa.core.practice.PracticeId;

class ClaimPaymentTest {

    private static BigDecimal usd(String s) {
        return new BigDecimal(s);
    }

    private static ClaimPayment paid() {
        LinePayment visit = new LinePayment("L1", "99213", usd("150.00"), usd("80.00"),
                List.of(new Adjustment(AdjustmentGroup.CO, "45", usd("50.00")),
                        new Adjustment(AdjustmentGroup.PR, "2", usd("20.00"))), List.of("N130"));
        LinePayment drug = new LinePayment("L2", "J1885", usd("50.00"), usd("40.00"),
                List.of(new Adjustment(AdjustmentGroup.CO, "45", usd("10.00"))), List.of());
        return new ClaimPayment("PCN-1001", ClaimPaymentStatus.PROCESSED_AS_PRIMARY, usd("200.00"), usd("120.00"),
                usd("20.00"), "PAYER-77", List.of(), List.of(), List.of(visit, drug));
    }

    @Test
    void balancesLinesAndClaimByTheImplementationGuideRule() {
        ClaimPayment payment = paid();
        assertThat(payment.lines()).allMatch(LinePayment::isBalanced);
        assertThat(payment.isBalanced()).isTrue();
        assertThat(payment.adjudicatedStatus()).isEqualTo(ClaimStatus.PAID);
    }

    @Test
    void reportsAClaimThatDoesNotBalance() {
        ClaimPayment p = paid();
        ClaimPayment off = new ClaimPayment(p.patientControlNumber(), p.status(), p.charge(), usd("121.00"),
                p.patientResponsibility(), p.payerClaimNumber(), p.adjustments(), p.remarkCodes(), p.lines());
        assertThat(off.isBalanced()).isFalse();
    }

    @Test
    void mapsDenialsAndShortPaymentsToLifecycleStatuses() {
        ClaimPayment denied = new ClaimPayment("PCN-2", ClaimPaymentStatus.DENIED, usd("100.00"), usd("0.00"),
                usd("0.00"), "", List.of(new Adjustment(AdjustmentGroup.CO, "29", usd("100.00"))), List.of(),
                List.of());
        ClaimPayment partial = new ClaimPayment("PCN-3", ClaimPaymentStatus.PROCESSED_AS_PRIMARY, usd("100.00"),
                usd("40.00"), usd("0.00"), "", List.of(new Adjustment(AdjustmentGroup.OA, "23", usd("60.00"))),
                List.of(), List.of());
        assertThat(denied.adjudicatedStatus()).isEqualTo(ClaimStatus.DENIED);
        assertThat(partial.adjudicatedStatus()).isEqualTo(ClaimStatus.PARTIALLY_PAID);
        assertThat(partial.toString()).doesNotContain("PCN-3");
    }

    @Test
    void balancesTheRemittanceAgainstProviderAdjustments() {
        Remittance r = new Remittance(PracticeId.random(), PayerId.of("SIM01"), "EFT0001", LocalDate.of(2026, 7, 1),
                usd("115.00"), List.of(paid()), List.of(usd("5.00")));
        assertThat(r.isBalanced()).isTrue();
    }

    @Test
    void refusesFractionsOfACent() {
        assertThatThrownBy(() -> new Adjustment(AdjustmentGroup.CO, "45", usd("1.005")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("adjustment amount");
    }
}
