package org.oa.edi.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oa.core.identifier.PayerId;
import org.oa.core.remittance.Adjustment;
import org.oa.core.remittance.AdjustmentGroup;
import org.oa.core.remittance.ClaimPayment;
import org.oa.core.remittance.ClaimPaymentStatus;
import org.oa.core.remittance.LinePayment;
import org.oa.core.remittance.Remittance;
import org.oa.edi.X12Samples;
import org.oa.edi.document.Party;
import org.oa.edi.document.ProviderAdjustment;
import org.oa.edi.document.RemittanceTransaction;
import org.oa.edi.document.RemittanceWriter;
import org.oa.edi.document.ServicePayment;
import org.oa.edi.document.TransactionHeader;
import org.oa.edi.stream.Delimiters;
import org.oa.edi.stream.X12Writer;
import org.oa.edi.validation.X12Validator;

class RemittanceMappingTest {

    private static final LocalDate PAID_ON = LocalDate.of(2026, 11, 20);

    /** Two claims (one paid with coinsurance, one denied) and a 5.00 overpayment recovery: BPR02 = 79.00. */
    private static RemittanceTransaction synthetic() {
        ServicePayment visit = new ServicePayment("HC", "99213", List.of("25"), new BigDecimal("150.00"),
                new BigDecimal("96.00"), List.of(edi("CO", "45", "30.00"), edi("PR", "2", "24.00")));
        ServicePayment drug = new ServicePayment("HC", "J1885", List.of(), new BigDecimal("50.00"),
                new BigDecimal("32.00"), List.of(edi("CO", "45", "10.00"), edi("PR", "2", "8.00")));
        org.oa.edi.document.ClaimPayment paid = new org.oa.edi.document.ClaimPayment("PCN-1001", "1",
                new BigDecimal("200.00"), new BigDecimal("128.00"), new BigDecimal("32.00"), "SIM0000000420001",
                List.of(), List.of(visit, drug));
        ServicePayment excluded = new ServicePayment("HC", "99397", List.of("GY"), new BigDecimal("80.00"),
                new BigDecimal("0.00"), List.of(edi("CO", "96", "80.00")), List.of("N425"), LocalDate.of(2026, 10, 15));
        org.oa.edi.document.ClaimPayment denied = new org.oa.edi.document.ClaimPayment("PCN-1002", "4",
                new BigDecimal("80.00"), new BigDecimal("0.00"), new BigDecimal("0.00"), "SIM0000000420002",
                List.of(), List.of(excluded));
        ProviderAdjustment recovery = new ProviderAdjustment("1234567893", LocalDate.of(2026, 12, 31), "WO",
                "OVERPAY1", new BigDecimal("49.00"));
        return new RemittanceTransaction(new TransactionHeader("835", "0001", "005010X221A1"), "C",
                new BigDecimal("79.00"), "C", "CHK", PAID_ON, "SIM000000042",
                new Party("PR", true, "OA SIMULATED HEALTH PLAN", "", "XV", "SIM01", null),
                new Party("PE", true, "SUNRISE FAMILY MEDICINE", "", "XX", "1234567893", null),
                List.of(paid, denied), List.of(recovery));
    }

    private static org.oa.edi.document.Adjustment edi(String group, String reason, String amount) {
        return new org.oa.edi.document.Adjustment(group, reason, new BigDecimal(amount), null);
    }

    private static byte[] write(RemittanceTransaction r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        X12Writer w = X12Writer.create(out, Delimiters.DEFAULT, true);
        LocalDateTime when = LocalDateTime.of(2026, 11, 20, 8, 0);
        w.startInterchange("ZZ", "SIM01", "ZZ", "OACLEARING", when, 42, false, false);
        w.startGroup("HP", "SIM01", "OACLEARING", when, 42, "005010X221A1");
        RemittanceWriter.write(r, w, "0001");
        w.endGroup().endInterchange().flush();
        return out.toByteArray();
    }

    private static RemittanceTransaction read(InputStream in) {
        return (RemittanceTransaction) X12Validator.newValidator().read(in).interchanges().get(0).groups().get(0)
                .transactions().get(0);
    }

    @Test
    void mapsAWrittenAndReadBack835WithPaymentsAdjustmentsAndTheSenderPayer() {
        byte[] file = write(synthetic());
        assertThat(X12Validator.newValidator().validate(new ByteArrayInputStream(file)).allProblems()).isEmpty();

        RemittanceTransaction typed = read(new ByteArrayInputStream(file));
        assertThat(typed.claims().get(1).services().get(0).serviceDate()).as("DTM*472 written and read back")
                .isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(typed.claims().get(0).services().get(0).serviceDate()).isNull();
        Remittance r = RemittanceMapping.toCore(typed, CoreClaims.PRACTICE);

        assertThat(r.practiceId()).isEqualTo(CoreClaims.PRACTICE);
        assertThat(r.payerId()).isEqualTo(PayerId.of("SIM01"));
        assertThat(r.traceNumber()).isEqualTo("SIM000000042");
        assertThat(r.paymentDate()).isEqualTo(PAID_ON);
        assertThat(r.totalPayment()).isEqualTo(new BigDecimal("79.00"));
        assertThat(r.providerAdjustments()).containsExactly(new BigDecimal("49.00"));
        assertThat(r.isBalanced()).isTrue();
        assertThat(r.claims()).hasSize(2);

        ClaimPayment paid = r.claims().get(0);
        assertThat(paid.patientControlNumber()).isEqualTo("PCN-1001");
        assertThat(paid.status()).isEqualTo(ClaimPaymentStatus.PROCESSED_AS_PRIMARY);
        assertThat(paid.charge()).isEqualTo(new BigDecimal("200.00"));
        assertThat(paid.paid()).isEqualTo(new BigDecimal("128.00"));
        assertThat(paid.patientResponsibility()).isEqualTo(new BigDecimal("32.00"));
        assertThat(paid.payerClaimNumber()).isEqualTo("SIM0000000420001");
        assertThat(paid.adjustments()).isEmpty();
        assertThat(paid.remarkCodes()).isEmpty();
        assertThat(paid.isBalanced()).isTrue();
        assertThat(paid.lines()).extracting(LinePayment::procedureCode).containsExactly("99213", "J1885");
        LinePayment visit = paid.lines().get(0);
        assertThat(visit.charge()).isEqualTo(new BigDecimal("150.00"));
        assertThat(visit.paid()).isEqualTo(new BigDecimal("96.00"));
        assertThat(visit.adjustments()).containsExactly(
                new Adjustment(AdjustmentGroup.CO, "45", new BigDecimal("30.00")),
                new Adjustment(AdjustmentGroup.PR, "2", new BigDecimal("24.00")));
        assertThat(visit.remarkCodes()).isEmpty();
        assertThat(paid.lines()).allMatch(LinePayment::isBalanced);

        ClaimPayment denied = r.claims().get(1);
        assertThat(denied.status()).isEqualTo(ClaimPaymentStatus.DENIED);
        assertThat(denied.paid()).isEqualTo(new BigDecimal("0.00"));
        assertThat(denied.lines()).singleElement().satisfies(l -> assertThat(l.adjustments())
                .containsExactly(new Adjustment(AdjustmentGroup.CO, "96", new BigDecimal("80.00"))));
        assertThat(denied.lines().get(0).remarkCodes()).as("LQ*HE written and read back").containsExactly("N425");
        assertThat(denied.isBalanced()).isTrue();
    }

    @Test
    void mapsAnIgStyle835ForAPayerTheCallerNamesAndGivesEveryAmountScaleTwo() {
        RemittanceTransaction tx = read(X12Samples.stream(X12Samples.remittance()));
        assertThat(tx.payer().id()).isEmpty();

        Remittance r = RemittanceMapping.toCore(tx, CoreClaims.PRACTICE, PayerId.of("SOMEPAYER"));

        assertThat(r.payerId()).isEqualTo(PayerId.of("SOMEPAYER"));
        assertThat(r.traceNumber()).isEqualTo("CHK12345");
        assertThat(r.totalPayment()).isEqualTo(new BigDecimal("125.00"));
        assertThat(r.providerAdjustments()).containsExactly(new BigDecimal("0.00"));
        assertThat(r.isBalanced()).isTrue();
        ClaimPayment claim = r.claims().get(0);
        assertThat(claim.charge()).isEqualTo(new BigDecimal("150.00"));
        assertThat(claim.patientResponsibility()).isEqualTo(new BigDecimal("10.00"));
        assertThat(claim.payerClaimNumber()).isEqualTo("PAYERCLAIM1");
        assertThat(claim.isBalanced()).isTrue();
        assertThat(claim.lines()).extracting(LinePayment::procedureCode).containsExactly("99213", "87880");
        assertThat(claim.lines().get(0).adjustments()).containsExactly(
                new Adjustment(AdjustmentGroup.CO, "45", new BigDecimal("15.00")),
                new Adjustment(AdjustmentGroup.PR, "2", new BigDecimal("5.00")));
    }

    @Test
    void refusesAPublicSampleWhosePaymentDateIsNotADate() throws IOException {
        RemittanceTransaction tx;
        try (InputStream in = RemittanceMappingTest.class.getResourceAsStream("/corpus/lfh__managed-care.835")) {
            tx = read(in);
        }
        // BPR16 is 20002316 in this public sample: month 23.
        assertThatThrownBy(() -> RemittanceMapping.toCore(tx, CoreClaims.PRACTICE, PayerId.of("RUSHMORE")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BPR16")
                .hasMessageNotContaining("2000");
    }

    @Test
    void keepsAnUnbalanced835UnbalancedSoPostingCanFlagIt() {
        RemittanceTransaction tx = read(X12Samples.stream(X12Samples.remittance()));
        RemittanceTransaction wrongTotal = new RemittanceTransaction(tx.header(), tx.handlingCode(),
                new BigDecimal("999.99"), tx.creditDebit(), tx.paymentMethod(), tx.paymentDate(), tx.traceNumber(),
                tx.payer(), tx.payee(), tx.claims(), tx.providerAdjustments());

        assertThat(RemittanceMapping.toCore(tx, CoreClaims.PRACTICE, PayerId.of("SOMEPAYER")).isBalanced())
                .isTrue();
        assertThat(RemittanceMapping.toCore(wrongTotal, CoreClaims.PRACTICE, PayerId.of("SOMEPAYER"))
                .isBalanced()).isFalse();
    }

    @Test
    void refusesAn835WithoutPayerIdentifierOrWithAnUnknownStatusNamingTheElementOnly() {
        RemittanceTransaction tx = read(X12Samples.stream(X12Samples.remittance()));
        assertThatThrownBy(() -> RemittanceMapping.toCore(tx, CoreClaims.PRACTICE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("N1*PR N104");

        RemittanceTransaction s = synthetic();
        org.oa.edi.document.ClaimPayment c = s.claims().get(1);
        RemittanceTransaction unknownStatus = new RemittanceTransaction(s.header(), s.handlingCode(),
                s.paymentAmount(), s.creditDebit(), s.paymentMethod(), s.paymentDate(), s.traceNumber(), s.payer(),
                s.payee(), List.of(s.claims().get(0), new org.oa.edi.document.ClaimPayment(c.patientControlNumber(),
                        "99", c.charge(), c.payment(), c.patientResponsibility(), c.payerClaimControlNumber(),
                        c.adjustments(), c.services())), s.providerAdjustments());
        assertThatThrownBy(() -> RemittanceMapping.toCore(unknownStatus, CoreClaims.PRACTICE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CLP02")
                .hasMessageNotContaining("PCN-1002").hasMessageNotContaining("99");
    }
}
