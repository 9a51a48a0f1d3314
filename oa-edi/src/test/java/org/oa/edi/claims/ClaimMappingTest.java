package org.oa.edi.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimFrequency;
import org.oa.core.claim.ClaimType;
import org.oa.core.claim.Diagnosis;
import org.oa.core.claim.ServiceLine;
import org.oa.core.edit.FrontEndEdits;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.Sex;
import org.oa.edi.X12Samples;
import org.oa.edi.document.ClaimTransaction;
import org.oa.edi.validation.X12Validator;

class ClaimMappingTest {

    private static final MappingContext CONTEXT = MappingContext.forPractice(CoreClaims.PRACTICE);

    private static List<MappedClaim> map(String file) {
        List<ClaimTransaction> txs = ClaimMapping.claimTransactions(X12Validator.newValidator()
                .read(X12Samples.stream(file)));
        assertThat(txs).hasSize(1);
        return ClaimMapping.toCore(txs.get(0), CONTEXT);
    }

    private static Claim mapOne(String file) {
        List<MappedClaim> mapped = map(file);
        assertThat(mapped).hasSize(1);
        assertThat(mapped.get(0).problems()).isEmpty();
        return mapped.get(0).claim();
    }

    private static List<String> professionalWithDetails() {
        List<String> body = X12Samples.professionalBody();
        body.add(4 + 1, "PRV*BI*PXC*207Q00000X");
        body.add(10, "PER*IC**TE*6145550100");
        int clm = body.indexOf("CLM*PCN001*150***11:B:1*Y*A*Y*Y");
        body.set(clm, "CLM*PCN001*150***11:B:7*Y*A*Y*Y");
        body.add(clm + 1, "DTP*431*D8*20261001");
        body.add(clm + 2, "DTP*439*D8*20260930");
        body.add(clm + 3, "REF*F8*PAYERCLAIM77");
        body.add(body.indexOf("SV1*HC:99213*100*UN*1***1:2") + 2, "REF*6R*LINE-A");
        body.add(body.indexOf("REF*6R*LINE-A") + 1, "LIN**N4*00409379601");
        body.add(body.indexOf("LX*1"), "NM1*82*1*RENDER*RITA****XX*1245319599");
        return body;
    }

    @Test
    void mapsAProfessionalClaimWithBillingProviderSubscriberPayerDiagnosesAndLines() {
        Claim c = mapOne(X12Samples.interchange("837", "005010X222A1", professionalWithDetails()));

        assertThat(c.practiceId()).isEqualTo(CoreClaims.PRACTICE);
        assertThat(c.type()).isEqualTo(ClaimType.PROFESSIONAL);
        assertThat(c.patientControlNumber()).isEqualTo("PCN001");
        assertThat(c.totalCharge()).isEqualTo(new BigDecimal("150.00"));
        assertThat(c.placeOfService()).isEqualTo("11");
        assertThat(c.typeOfBill()).isEmpty();
        assertThat(c.frequency()).contains(ClaimFrequency.REPLACEMENT);
        assertThat(c.originalClaimNumber()).isEqualTo("PAYERCLAIM77");
        assertThat(c.onsetDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(c.accidentDate()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(c.billingProvider().name()).isEqualTo("ACME CLINIC");
        assertThat(c.billingProvider().npi()).isEqualTo("1234567893");
        assertThat(c.billingProvider().taxonomy()).isEqualTo("207Q00000X");
        assertThat(c.billingProvider().taxId()).isEqualTo("123456789");
        assertThat(c.billingProvider().phone()).isEqualTo("6145550100");
        assertThat(c.billingProvider().address().zip()).isEqualTo("900011234");
        assertThat(c.subscriber().lastName()).isEqualTo("DOE");
        assertThat(c.subscriber().memberId()).isEqualTo("MEMBER01");
        assertThat(c.subscriber().sex()).isEqualTo(Sex.FEMALE);
        assertThat(c.patient().firstName()).isEqualTo("JANE");
        assertThat(c.patient().birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(c.patient().address().city()).isEqualTo("ANYTOWN");
        assertThat(c.relationshipCode()).isEqualTo("18");
        assertThat(c.priority()).isEqualTo(CoveragePriority.PRIMARY);
        assertThat(c.payerId()).isEqualTo(PayerId.of("PAYER1"));
        assertThat(c.renderingProviderNpi()).isEqualTo("1245319599");
        assertThat(c.diagnoses()).containsExactly(Diagnosis.of("J020"), Diagnosis.of("R509"));
        ServiceLine first = c.serviceLines().get(0);
        assertThat(first.procedureCode()).isEqualTo("99213");
        assertThat(first.charge()).isEqualTo(new BigDecimal("100.00"));
        assertThat(first.units()).isEqualByComparingTo("1");
        assertThat(first.diagnosisPointers()).containsExactly(1, 2);
        assertThat(first.serviceFrom()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(first.serviceTo()).isEqualTo(LocalDate.of(2026, 10, 15));
        assertThat(first.lineControlNumber()).isEqualTo("LINE-A");
        assertThat(first.ndc()).isEqualTo("00409379601");
        assertThat(first.ndcQualifier()).isEqualTo("N4");
        assertThat(c.serviceLines().get(1).procedureCode()).isEqualTo("87880");
    }

    @Test
    void mapsAnInstitutionalClaimWithTypeOfBillAndStatementDatesOnItsLines() {
        List<String> body = X12Samples.institutionalBody();
        body.add(body.indexOf("CL1*1*7*01"), "DTP*435*D8*20261001");
        Claim c = mapOne(X12Samples.interchange("837", "005010X223A2", body));

        assertThat(c.type()).isEqualTo(ClaimType.INSTITUTIONAL);
        assertThat(c.typeOfBill()).isEqualTo("131");
        assertThat(c.placeOfService()).isEmpty();
        assertThat(c.frequencyCode()).isEqualTo("1");
        assertThat(c.admissionDate()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(c.diagnoses()).containsExactly(Diagnosis.of("I10"));
        assertThat(c.serviceLines()).extracting(ServiceLine::revenueCode).containsExactly("0300", "0450");
        assertThat(c.serviceLines()).allSatisfy(l -> {
            assertThat(l.serviceFrom()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(l.serviceTo()).isEqualTo(LocalDate.of(2026, 10, 2));
        });
        assertThat(c.subscriber().sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void mapsAPatientWhoIsNotTheSubscriberFromThePatientLevel() {
        List<String> body = X12Samples.professionalBody();
        int clm = body.indexOf("CLM*PCN001*150***11:B:1*Y*A*Y*Y");
        body.set(body.indexOf("HL*2*1*22*0"), "HL*2*1*22*1");
        body.set(body.indexOf("SBR*P*18*******CI"), "SBR*S**GRP9******CI");
        body.addAll(clm, List.of("HL*3*2*23*0", "PAT*19", "NM1*QC*1*DOE*JIMMY", "N3*2 OAK ST",
                "N4*ANYTOWN*CA*90001", "DMG*D8*20150601*M"));
        Claim c = mapOne(X12Samples.interchange("837", "005010X222A1", body));

        assertThat(c.relationshipCode()).isEqualTo("19");
        assertThat(c.priority()).isEqualTo(CoveragePriority.SECONDARY);
        assertThat(c.subscriber().groupNumber()).isEqualTo("GRP9");
        assertThat(c.subscriber().firstName()).isEqualTo("JANE");
        assertThat(c.subscriber().birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(c.patient().firstName()).isEqualTo("JIMMY");
        assertThat(c.patient().birthDate()).isEqualTo(LocalDate.of(2015, 6, 1));
        assertThat(c.patient().sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void givesTheSamePatientTheSameIdInEveryFileOfThePractice() {
        Claim a = mapOne(X12Samples.professional());
        Claim b = mapOne(X12Samples.professional().replace("PCN001", "PCN002"));

        assertThat(a.patient().id()).isEqualTo(b.patient().id());
        assertThat(a.id()).isNotEqualTo(b.id());
    }

    @Test
    void reportsALineProblemOfALineWithANegativeLineNumberAtLineZeroInsteadOfThrowing() {
        String file = X12Samples.professionalReplacing("LX*", "LX*-3").replace("SV1*HC:99213*100*UN*1",
                "SV1*HC:99213*ABC*UN*1");

        MappedClaim m = map(file).get(0);

        assertThat(m.mapped()).isFalse();
        assertThat(m.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo("LINE_CHARGE_MISSING");
            assertThat(p.lineNumber()).isZero();
        });
    }

    @Test
    void reportsAClaimWithoutTotalChargeAsAnErrorWithItsLocationInsteadOfThrowing() {
        List<MappedClaim> mapped = map(X12Samples.professionalReplacing("CLM*", "CLM*PCN001*ABC***11:B:1*Y*A*Y*Y"));

        MappedClaim m = mapped.get(0);
        assertThat(m.mapped()).isFalse();
        assertThat(m.coreClaim()).isEmpty();
        assertThat(m.patientControlNumber()).isEqualTo("PCN001");
        assertThat(m.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("TOTAL_CHARGE_MISSING");
            assertThat(p.isError()).isTrue();
            assertThat(p.segmentId()).isEqualTo("CLM");
            assertThat(p.elementPosition()).isEqualTo(2);
            assertThat(p.loopId()).isEqualTo("2300");
            assertThat(p.segmentPosition()).isEqualTo(18);
            assertThat(p.fileSegmentPosition()).isEqualTo(20);
            assertThat(p.location()).isEqualTo("CLM02 in loop 2300 of the claim at segment 18 (file segment 20)");
        });
    }

    @Test
    void reportsEveryMissingMandatoryPartOfAClaimAtOnce() {
        String file = X12Samples.professionalReplacing("NM1*PR*", "NM1*PR*2*SOME PAYER*****PI*BAD ID")
                .replace("SBR*P*18", "SBR*A*18").replace("SV1*HC:87880*50*UN*1***1", "SV1*HC:87880*50.005*UN****1");

        MappedClaim m = map(file).get(0);

        assertThat(m.mapped()).isFalse();
        assertThat(m.problems()).extracting(MappingProblem::code).containsExactly("PAYER_ID_INVALID",
                "PAYER_RESPONSIBILITY_UNSUPPORTED", "AMOUNT_NOT_IN_CENTS", "LINE_UNITS_MISSING");
        assertThat(m.problems().get(2).lineNumber()).isEqualTo(2);
        assertThat(m.problems().get(2).location())
                .isEqualTo("SV102 in loop 2400 of service line 2 at segment 23 (file segment 25)");
        assertThat(m.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("BAD ID"));
    }

    @Test
    void mapsButWarnsAboutDataACoreClaimHasNoPlaceFor() {
        MappedClaim m = map(X12Samples.professionalReplacing("SV1*HC:87880", "SV1*HC:87880*50*MJ*1*22**1")).get(0);

        assertThat(m.mapped()).isTrue();
        assertThat(m.problems()).extracting(MappingProblem::code, MappingProblem::isError).containsExactly(
                org.assertj.core.groups.Tuple.tuple("UNIT_TYPE_NOT_KEPT", false),
                org.assertj.core.groups.Tuple.tuple("LINE_PLACE_OF_SERVICE_NOT_KEPT", false));
    }

    @Test
    void aMappedSampleClaimForAListedPayerPassesEveryFrontEndEdit() {
        Claim c = mapOne(X12Samples.professional().replace("PAYER1", "SIM01"));

        assertThat(FrontEndEdits.standard().run(c, CoreClaims.editContext())).isEmpty();
    }

    @Test
    void mappedClaimsHideThePatientControlNumberInToString() {
        MappedClaim m = map(X12Samples.professional()).get(0);

        assertThat(m.toString()).doesNotContain("PCN001");
        assertThat(m.claim().toString()).doesNotContain("PCN001", "DOE", "JANE");
    }
}
