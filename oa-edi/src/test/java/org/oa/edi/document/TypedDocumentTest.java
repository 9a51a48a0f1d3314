package org.oa.edi.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oa.edi.X12Samples;
import org.oa.edi.validation.X12Validator;

class TypedDocumentTest {

    private static TransactionDocument first(String file) {
        X12Document doc = X12Validator.newValidator().read(X12Samples.stream(file));
        return doc.interchanges().get(0).groups().get(0).transactions().get(0);
    }

    @Test
    void typesAProfessionalClaimWithItsHierarchy() {
        ClaimTransaction tx = (ClaimTransaction) first(X12Samples.professional());
        assertThat(tx.claimType()).isEqualTo(ClaimType.PROFESSIONAL);
        assertThat(tx.created()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(tx.submitter().id()).isEqualTo("SUB123");
        Claim c = tx.claims().get(0);
        assertThat(c.totalCharge()).isEqualByComparingTo("150");
        assertThat(c.facilityCode()).isEqualTo("11");
        assertThat(c.frequencyCode()).isEqualTo("1");
        assertThat(c.billingProvider().address().postalCode()).isEqualTo("900011234");
        assertThat(c.subscriber().lastOrOrganizationName()).isEqualTo("DOE");
        assertThat(c.patient()).isEqualTo(c.subscriber());
        assertThat(c.patientBirthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(c.payer().id()).isEqualTo("PAYER1");
        assertThat(c.diagnoses()).containsExactly(new Diagnosis("ABK", "J020"), new Diagnosis("ABF", "R509"));
        ServiceLine l = c.lines().get(0);
        assertThat(l.procedureCode()).isEqualTo("99213");
        assertThat(l.charge()).isEqualByComparingTo("100");
        assertThat(l.diagnosisPointers()).containsExactly(1, 2);
        assertThat(l.serviceFrom()).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void typesAnInstitutionalClaim() {
        ClaimTransaction tx = (ClaimTransaction) first(X12Samples.institutional());
        assertThat(tx.claimType()).isEqualTo(ClaimType.INSTITUTIONAL);
        Claim c = tx.claims().get(0);
        assertThat(c.statementFrom()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(c.statementTo()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(c.lines()).extracting(ServiceLine::revenueCode).containsExactly("0300", "0450");
    }

    @Test
    void typesARemittance() {
        RemittanceTransaction tx = (RemittanceTransaction) first(X12Samples.remittance());
        assertThat(tx.paymentAmount()).isEqualByComparingTo("125");
        assertThat(tx.paymentMethod()).isEqualTo("CHK");
        assertThat(tx.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(tx.payer().lastOrOrganizationName()).isEqualTo("SOME PAYER");
        ClaimPayment c = tx.claims().get(0);
        assertThat(c.payment()).isEqualByComparingTo("125");
        assertThat(c.services()).hasSize(2);
        assertThat(c.services().get(0).adjustments()).containsExactly(
                new Adjustment("CO", "45", new BigDecimal("15"), null),
                new Adjustment("PR", "2", new BigDecimal("5"), null));
        assertThat(tx.providerAdjustments()).extracting(ProviderAdjustment::reasonCode).containsExactly("WO");
    }

    @Test
    void typesA277ClaimAcknowledgment() {
        List<String> body = List.of("BHT*0085*08*BATCH*20261102*1200*TH", "HL*1**20*1", "NM1*PR*2*PAYER*****PI*P1",
                "HL*2*1*21*1", "NM1*41*2*ACME*****46*S1", "HL*3*2*19*1", "NM1*85*2*CLINIC*****XX*1234567893",
                "HL*4*3*PT", "NM1*QC*1*DOE*JANE", "TRN*2*PCN001", "STC*A7:562*20261102*U*150", "REF*1K*PAY1");
        ClaimAcknowledgment ack = (ClaimAcknowledgment) first(X12Samples.interchange("277", "005010X214", body));
        assertThat(ack.claims()).singleElement().satisfies(s -> {
            assertThat(s.patientControlNumber()).isEqualTo("PCN001");
            assertThat(s.statusCodes()).containsExactly("A7:562");
            assertThat(s.accepted()).isFalse();
            assertThat(s.payerClaimId()).isEqualTo("PAY1");
        });
    }

    @Test
    void recordsDoNotPrintPatientData() {
        ClaimTransaction tx = (ClaimTransaction) first(X12Samples.professional());
        assertThat(tx.toString()).doesNotContain("DOE", "JANE", "MEMBER01", "19800101", "1980-01-01", "PCN001",
                "OAK ST");
    }
}
