package org.oa.web.infrastructure.payer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oa.web.infrastructure.payer.SyntheticClaims.claimFile;
import static org.oa.web.infrastructure.payer.SyntheticClaims.line;
import static org.oa.web.infrastructure.payer.SyntheticClaims.officeVisit;
import static org.oa.web.infrastructure.payer.SyntheticClaims.outpatient;
import static org.oa.web.infrastructure.payer.SyntheticClaims.professional;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oa.core.identifier.PayerId;
import org.oa.core.remittance.AdjustmentGroup;
import org.oa.core.remittance.ClaimPaymentStatus;
import org.oa.core.remittance.Remittance;
import org.oa.edi.claims.RemittanceMapping;
import org.oa.edi.document.Adjustment;
import org.oa.edi.document.ClaimAcknowledgment;
import org.oa.edi.document.ClaimPayment;
import org.oa.edi.document.ImplementationAcknowledgment;
import org.oa.edi.document.RemittanceTransaction;
import org.oa.edi.document.ServicePayment;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.document.X12Document;
import org.oa.edi.validation.X12Validator;

class SimulatedPayerTest {

    private static final SimulatedPayer PAYER = new SimulatedPayer();
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 2, 10, 0);
    private static final LocalDate PAY_DAY = LocalDate.of(2026, 11, 20);

    private static List<TransactionDocument> documents(byte[] x12) {
        X12Document doc = X12Validator.newValidator().read(new ByteArrayInputStream(x12));
        List<TransactionDocument> out = new ArrayList<>();
        doc.interchanges().forEach(i -> i.groups().forEach(g -> out.addAll(g.transactions())));
        return out;
    }

    private static void assertValidatesCleanly(byte[] x12) {
        assertThat(x12).isNotEmpty();
        var report = X12Validator.newValidator().validate(new ByteArrayInputStream(x12));
        assertThat(report.allProblems()).isEmpty();
        assertThat(report.accepted()).isTrue();
    }

    private static List<ClaimAcknowledgment.ClaimStatus> claimStatuses(byte[] ack277) {
        assertValidatesCleanly(ack277);
        List<ClaimAcknowledgment.ClaimStatus> out = new ArrayList<>();
        for (TransactionDocument d : documents(ack277)) {
            assertThat(d.header().implementationReference()).isEqualTo("005010X214");
            out.addAll(((ClaimAcknowledgment) d).claims());
        }
        return out;
    }

    private static List<RemittanceTransaction> remittances(byte[] era) {
        assertValidatesCleanly(era);
        return documents(era).stream().map(RemittanceTransaction.class::cast).toList();
    }

    private static List<String> segments(byte[] x12) {
        List<String> out = new ArrayList<>();
        for (String s : new String(x12, StandardCharsets.ISO_8859_1).split("~\n?")) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    private static Remittance mapped(RemittanceTransaction tx) {
        Remittance r = RemittanceMapping.toCore(tx, SyntheticClaims.PRACTICE);
        assertThat(r.payerId()).isEqualTo(PayerId.of("SIM01"));
        assertThat(r.isBalanced()).isTrue();
        assertThat(r.claims()).allMatch(org.oa.core.remittance.ClaimPayment::isBalanced);
        return r;
    }

    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    @Test
    void acceptsClaimsAndAssignsPayerClaimNumbers() {
        byte[] file = claimFile(42, officeVisit(1, "PCN-1001", "XQZ100000001"), outpatient("UB-2001"));

        org.oa.web.application.payer.PayerConnection.Acknowledgment ack = PAYER.acknowledge(file, NOW);

        assertValidatesCleanly(ack.implementationAck());
        List<TransactionDocument> acks999 = documents(ack.implementationAck());
        assertThat(acks999).hasSize(2).allSatisfy(d -> {
            ImplementationAcknowledgment a = (ImplementationAcknowledgment) d;
            assertThat(a.functionalId()).isEqualTo("HC");
            assertThat(a.groupAcknowledgmentCode()).isEqualTo("A");
            assertThat(a.accepted()).isEqualTo(1);
        });
        assertThat(claimStatuses(ack.claimAck())).satisfiesExactly(c -> {
            assertThat(c.patientControlNumber()).isEqualTo("PCN-1001");
            assertThat(c.statusCodes()).containsExactly("A2:20");
            assertThat(c.accepted()).isTrue();
            assertThat(c.payerClaimId()).isEqualTo("SIM0000000420001");
            assertThat(c.charge()).isEqualByComparingTo("200");
        }, c -> {
            assertThat(c.patientControlNumber()).isEqualTo("UB-2001");
            assertThat(c.statusCodes()).containsExactly("A2:20");
            assertThat(c.payerClaimId()).isEqualTo("SIM0000000420002");
        });
        List<String> s = segments(ack.claimAck());
        assertThat(s.get(0)).contains("*ZZ*SIM01          *ZZ*OACLEARING     *").contains("*000000042*");
        assertThat(s).contains("GS*HN*SIM01*OACLEARING*20261102*1000*42*X*005010X214")
                .containsSubsequence("ST*277*0001*005010X214", "HL*1**20*1",
                        "NM1*PR*2*OA Simulated Health Plan*****PI*SIM01", "HL*2*1*21*1",
                        "NM1*41*2*OA CLEARINGHOUSE*****46*OACLEARING", "STC*A1:19*20261102*WQ*200.00",
                        "QTY*90*1", "QTY*AA*0", "HL*3*2*19*1", "NM1*85*2*SUNRISE FAMILY MEDICINE*****XX*1234567893",
                        "HL*4*3*PT", "TRN*2*PCN-1001", "STC*A2:20*20261102*WQ*200.00", "REF*1K*SIM0000000420001",
                        "DTP*472*RD8*20261015-20261015", "SE*25*0001");
    }

    @Test
    void rejectsUnknownSubscriber() {
        byte[] file = claimFile(7, officeVisit(1, "PCN-1001", "XQZ100000001"),
                officeVisit(2, "PCN-1002", "NOCOV0000002"));

        org.oa.web.application.payer.PayerConnection.Acknowledgment ack = PAYER.acknowledge(file, NOW);

        assertThat(claimStatuses(ack.claimAck())).satisfiesExactly(c -> {
            assertThat(c.accepted()).isTrue();
            assertThat(c.payerClaimId()).isEqualTo("SIM0000000070001");
        }, c -> {
            assertThat(c.patientControlNumber()).isEqualTo("PCN-1002");
            assertThat(c.accepted()).isFalse();
            assertThat(c.statusCodes()).containsExactly("A7:33:IL");
            assertThat(c.payerClaimId()).isEmpty();
        });
        assertThat(segments(ack.claimAck())).contains("QTY*90*1", "QTY*AA*1", "AMT*YU*200.00", "AMT*YY*200.00",
                "STC*A7:33:IL*20261102*U*200.00");
        // The 999 accepts the set: the rejection is the payer's business decision, not a syntax problem.
        assertThat(((ImplementationAcknowledgment) documents(ack.implementationAck()).get(0))
                .groupAcknowledgmentCode()).isEqualTo("A");

        List<RemittanceTransaction> era = remittances(PAYER.remit(file, PAY_DAY, 9));
        assertThat(era).singleElement().satisfies(tx -> assertThat(tx.claims())
                .extracting(ClaimPayment::patientControlNumber).containsExactly("PCN-1001"));
    }

    @Test
    void remittanceBalancesAndPaysEightyPercentLessCoinsurance() {
        byte[] file = claimFile(42, officeVisit(1, "PCN-1001", "XQZ100000001"),
                professional(3, "PCN-1003", "XQZ100000003", line("L1", "99213", "33.33")), outpatient("UB-2001"));
        List<ClaimAcknowledgment.ClaimStatus> statuses = claimStatuses(PAYER.acknowledge(file, NOW).claimAck());

        byte[] bytes = PAYER.remit(file, PAY_DAY, 77);

        List<String> s = segments(bytes);
        assertThat(s.get(0)).contains("*ZZ*SIM01          *ZZ*OACLEARING     *").contains("*000000077*");
        assertThat(s).contains("GS*HP*SIM01*OACLEARING*20261120*0000*77*X*005010X221A1",
                "BPR*C*597.33*C*CHK************20261120", "TRN*1*SIM000000077-0001",
                "N1*PR*OA Simulated Health Plan*XV*SIM01", "N1*PE*SUNRISE FAMILY MEDICINE*XX*1234567893",
                "CLP*PCN-1001*1*200.00*128.00*32.00*12*SIM0000000420001", "SVC*HC:99213:25*150.00*96.00",
                "CAS*CO*45*30.00", "CAS*PR*2*24.00", "SVC*HC:J1885*50.00*32.00");
        RemittanceTransaction tx = remittances(bytes).get(0);
        assertThat(tx.paymentAmount()).isEqualByComparingTo("597.33");
        assertThat(tx.paymentDate()).isEqualTo(PAY_DAY);
        assertThat(tx.claims()).extracting(ClaimPayment::patientControlNumber)
                .containsExactly("PCN-1001", "PCN-1003", "UB-2001");
        for (int i = 0; i < tx.claims().size(); i++) {
            assertThat(tx.claims().get(i).payerClaimControlNumber()).isEqualTo(statuses.get(i).payerClaimId());
        }
        // 33.33: allowed 26.664 -> 26.66, CO 45 6.67, coinsurance 5.332 -> 5.33, paid 21.33.
        ClaimPayment rounded = tx.claims().get(1);
        assertThat(rounded.statusCode()).isEqualTo("1");
        assertThat(rounded.payment()).isEqualByComparingTo("21.33");
        assertThat(rounded.patientResponsibility()).isEqualByComparingTo("5.33");
        assertThat(rounded.services().get(0).adjustments()).extracting(Adjustment::groupCode, Adjustment::reasonCode,
                Adjustment::amount).containsExactly(org.assertj.core.groups.Tuple.tuple("CO", "45", money("6.67")),
                        org.assertj.core.groups.Tuple.tuple("PR", "2", money("5.33")));
        // Institutional lines: 500.00 pays 320.00, 200.00 pays 128.00.
        ClaimPayment inpatient = tx.claims().get(2);
        assertThat(inpatient.services()).extracting(ServicePayment::procedureCode, ServicePayment::payment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("99284", money("320.00")),
                        org.assertj.core.groups.Tuple.tuple("73090", money("128.00")));
        assertThat(inpatient.payment()).isEqualByComparingTo("448.00");
        for (ClaimPayment c : tx.claims()) {
            BigDecimal lines = BigDecimal.ZERO;
            for (ServicePayment sp : c.services()) {
                BigDecimal adjusted = sp.adjustments().stream().map(Adjustment::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(sp.charge().subtract(adjusted)).isEqualByComparingTo(sp.payment());
                lines = lines.add(sp.payment());
            }
            assertThat(c.payment()).isEqualByComparingTo(lines);
        }

        Remittance core = mapped(tx);
        assertThat(core.totalPayment()).isEqualTo(money("597.33"));
        assertThat(core.traceNumber()).isEqualTo("SIM000000077-0001");
        assertThat(core.claims().get(0).lines().get(0).adjustments()).extracting(a -> a.group(), a -> a.amount())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AdjustmentGroup.CO, money("30.00")),
                        org.assertj.core.groups.Tuple.tuple(AdjustmentGroup.PR, money("24.00")));
    }

    @Test
    void deniesStatutorilyExcludedLines() {
        byte[] file = claimFile(5, professional(4, "PCN-1004", "XQZ100000004", line("L1", "99397", "80.00", "GY")),
                professional(5, "PCN-1005", "XQZ100000005", line("L1", "99213", "100.00"),
                        line("L2", "99397", "20.00", "GY")));

        List<RemittanceTransaction> era = remittances(PAYER.remit(file, PAY_DAY, 11));

        RemittanceTransaction tx = era.get(0);
        ClaimPayment denied = tx.claims().get(0);
        assertThat(denied.statusCode()).isEqualTo("4");
        assertThat(denied.payment()).isEqualByComparingTo("0");
        assertThat(denied.patientResponsibility()).isEqualByComparingTo("0");
        assertThat(denied.services()).singleElement().satisfies(sp -> {
            assertThat(sp.modifiers()).containsExactly("GY");
            assertThat(sp.payment()).isEqualByComparingTo("0");
            assertThat(sp.adjustments()).extracting(Adjustment::groupCode, Adjustment::reasonCode, Adjustment::amount)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("CO", "96", money("80.00")));
            assertThat(sp.remarkCodes()).containsExactly(SimulatedPayer.STATUTORY_EXCLUSION_REMARK);
        });
        ClaimPayment partly = tx.claims().get(1);
        assertThat(partly.statusCode()).isEqualTo("1");
        assertThat(partly.payment()).isEqualByComparingTo("64.00");
        assertThat(partly.services().get(1).adjustments()).extracting(Adjustment::reasonCode).containsExactly("96");
        assertThat(tx.paymentAmount()).isEqualByComparingTo("64.00");

        Remittance core = mapped(tx);
        assertThat(core.claims().get(0).status()).isEqualTo(ClaimPaymentStatus.DENIED);
        assertThat(core.claims().get(0).adjudicatedStatus()).isEqualTo(org.oa.core.lifecycle.ClaimStatus.DENIED);
        assertThat(core.claims().get(1).adjudicatedStatus()).isEqualTo(org.oa.core.lifecycle.ClaimStatus.PAID);
        assertThat(core.claims().get(0).lines().get(0).remarkCodes()).containsExactly("N425");
        assertThat(core.claims().get(1).lines().get(0).remarkCodes()).isEmpty();
    }

    @Test
    void paysNothingByNotificationWhenEveryAcceptedClaimIsDenied() {
        byte[] file = claimFile(6, professional(4, "PCN-1004", "XQZ100000004", line("L1", "99397", "80.00", "GY")));

        byte[] bytes = PAYER.remit(file, PAY_DAY, 12);

        assertThat(segments(bytes)).contains("BPR*I*0.00*C*NON************20261120",
                "CLP*PCN-1004*4*80.00*0.00*0.00*12*SIM0000000060001", "CAS*CO*96*80.00");
        assertThat(mapped(remittances(bytes).get(0)).totalPayment()).isEqualTo(money("0.00"));
    }

    @Test
    void answersTheSameFileTheSameWay() {
        byte[] file = claimFile(42, officeVisit(1, "PCN-1001", "XQZ100000001"),
                officeVisit(2, "PCN-1002", "NOCOV0000002"));

        assertThat(PAYER.acknowledge(file, NOW)).isEqualTo(new SimulatedPayer().acknowledge(file, NOW));
        assertThat(PAYER.remit(file, PAY_DAY, 3)).isEqualTo(PAYER.remit(file, PAY_DAY, 3));
    }

    @Test
    void remitsNothingWhenNoClaimIsAccepted() {
        byte[] file = claimFile(8, officeVisit(2, "PCN-1002", "NOCOV0000002"));

        assertThat(PAYER.remit(file, PAY_DAY, 4)).isEmpty();
        assertThat(PAYER.remit("not an interchange".getBytes(StandardCharsets.US_ASCII), PAY_DAY, 4)).isEmpty();
        org.oa.web.application.payer.PayerConnection.Acknowledgment ack = PAYER.acknowledge("not an interchange".getBytes(
                StandardCharsets.US_ASCII), NOW);
        assertThat(ack.claimAck()).isEmpty();
        assertThat(ack.toString()).doesNotContain("PCN");
    }
}
