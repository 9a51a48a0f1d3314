package org.oa.edi.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oa.edi.validation.Validation.problems;
import static org.oa.edi.validation.Validation.validate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oa.edi.X12Samples;

class ProfessionalClaimValidationTest {

    private static Problem onlyProblem(String file) {
        List<Problem> ps = problems(file);
        assertThat(ps).hasSize(1);
        return ps.get(0);
    }

    @Test
    void rejectsClaimWhoseChargesDoNotSumToTotal() {
        ValidationReport report = validate(X12Samples.professionalReplacing("CLM*", "CLM*PCN001*175***11:B:1*Y*A*Y*Y"));
        Problem p = report.allProblems().findFirst().orElseThrow();
        assertThat(p.code()).isEqualTo("CHARGE_BALANCE");
        assertThat(p.kind()).isEqualTo(ProblemKind.CLAIM_EDIT);
        assertThat(p.segmentId()).isEqualTo("CLM");
        assertThat(p.elementPosition()).isEqualTo(2);
        assertThat(p.loopId()).isEqualTo("2300");
        assertThat(p.claimId()).isEqualTo("PCN001");
        assertThat(p.segmentPosition()).isEqualTo(18);
        assertThat(p.fileSegmentPosition()).isEqualTo(20);
        assertThat(p.message()).contains("175", "150");
        assertThat(report.claimsRejected()).isEqualTo(1);
        assertThat(report.transactions().findFirst().orElseThrow().status())
                .isEqualTo(AckCode.ACCEPTED_WITH_ERRORS);
    }

    @Test
    void rejectsBillingProviderNpiWithBadCheckDigit() {
        Problem p = onlyProblem(X12Samples.professionalReplacing("NM1*85", "NM1*85*2*ACME CLINIC*****XX*1234567890"));
        assertThat(p.code()).isEqualTo("NPI_CHECK_DIGIT");
        assertThat(p.loopId()).isEqualTo("2010AA");
        assertThat(p.elementPosition()).isEqualTo(9);
    }

    @Test
    void rejectsDiagnosisPointerToMissingCode() {
        Problem p = onlyProblem(X12Samples.professionalReplacing("SV1*HC:87880", "SV1*HC:87880*50*UN*1***3"));
        assertThat(p.code()).isEqualTo("DIAGNOSIS_POINTER");
        assertThat(p.elementPosition()).isEqualTo(7);
        assertThat(p.componentPosition()).isEqualTo(1);
    }

    @Test
    void rejectsDuplicateDiagnosis() {
        assertThat(onlyProblem(X12Samples.professionalReplacing("HI*", "HI*ABK:J020*ABF:J020")).code())
                .isEqualTo("DUPLICATE_DIAGNOSIS");
    }

    @Test
    void rejectsDiagnosisWithDecimalPoint() {
        Problem p = onlyProblem(X12Samples.professionalReplacing("HI*", "HI*ABK:J02.0*ABF:R509"));
        assertThat(p.code()).isEqualTo("ICD10_FORMAT");
        assertThat(p.message()).contains("decimal point");
    }

    @Test
    void rejectsIcd9QualifierForRecentServices() {
        assertThat(problems(X12Samples.professionalReplacing("HI*", "HI*BK:4019*BF:7802")))
                .extracting(Problem::code).containsOnly("ICD9_AFTER_ICD10_DATE");
    }

    @Test
    void rejectsWrongDiagnosisQualifierOrder() {
        Problem p = onlyProblem(X12Samples.professionalReplacing("HI*", "HI*ABF:J020*ABF:R509"));
        assertThat(p.kind()).isEqualTo(ProblemKind.ELEMENT_IK403);
        assertThat(p.code()).isEqualTo("7");
    }

    @Test
    void rejectsZeroUnitsNegativeChargeAndBadCodes() {
        List<String> body = X12Samples.professionalBody();
        body.set(19, "SV1*HC:9921*100*UN*0*1A**1:2");
        body.set(22, "SV1*HC:87880:X*-50*UN*1***1");
        body.set(16, "CLM*PCN001*50***1:B:4*Y*A*Y*Y");
        List<String> codes = problems(X12Samples.interchange("837", "005010X222A1", body)).stream()
                .map(Problem::code).toList();
        assertThat(codes).contains("UNITS_NOT_POSITIVE", "NEGATIVE_CHARGE", "PROCEDURE_CODE_FORMAT",
                "MODIFIER_FORMAT", "PLACE_OF_SERVICE", "FREQUENCY_CODE");
    }

    @Test
    void rejectsServiceDateAfterFileCreationAndBeforeBirth() {
        List<String> body = X12Samples.professionalBody();
        body.set(20, "DTP*472*D8*20261201");
        body.set(23, "DTP*472*D8*19700101");
        assertThat(problems(X12Samples.interchange("837", "005010X222A1", body))).extracting(Problem::code)
                .containsExactlyInAnyOrder("SERVICE_DATE_AFTER_SUBMISSION", "SERVICE_DATE_BEFORE_BIRTH");
    }

    @Test
    void rejectsTransactionWhenBillingProviderZipIsNotNineDigits() {
        ValidationReport report = validate(X12Samples.professionalReplacing("N4*ANYTOWN*CA*900011234",
                "N4*ANYTOWN*CA*90001"));
        Problem p = report.allProblems().findFirst().orElseThrow();
        assertThat(p.code()).isEqualTo("I12");
        assertThat(p.loopId()).isEqualTo("2010AA");
        assertThat(report.transactions().findFirst().orElseThrow().status()).isEqualTo(AckCode.REJECTED);
        assertThat(report.claimsRejected()).isEqualTo(1);
    }

    @Test
    void reportsMissingMandatoryElementsAndBadDataTypes() {
        List<String> body = X12Samples.professionalBody();
        body.set(0, "BHT*0019*00*BATCH1*20261399*1200*CH");
        body.set(16, "CLM**15X***11:B:1*Y*A*Y*Y");
        List<Problem> ps = problems(X12Samples.interchange("837", "005010X222A1", body));
        assertThat(ps).extracting(p -> p.segmentId() + p.elementPosition() + "=" + p.code())
                .contains("BHT4=8", "CLM1=1", "CLM2=6");
    }

    @Test
    void reportsMissingMandatorySegments() {
        List<String> body = X12Samples.professionalBody();
        body.remove(17);
        body.remove(15);
        List<Problem> ps = problems(X12Samples.interchange("837", "005010X222A1", body));
        assertThat(ps).extracting(p -> p.segmentId() + "/" + p.loopId() + "=" + p.code())
                .contains("HI/2300=3", "NM1/2010BB=3");
    }

    @Test
    void typesAndChecksAPatientLevelBelowTheSubscriber() {
        List<String> body = X12Samples.professionalBody();
        body.set(9, "HL*2*1*22*1");
        body.add(16, "HL*3*2*23*0");
        body.add(17, "PAT*19");
        ValidationReport report = validate(X12Samples.interchange("837", "005010X222A1", body));
        assertThat(report.allProblems()).extracting(p -> p.segmentId() + "/" + p.loopId() + "=" + p.code())
                .containsExactly("NM1/2010CA=3");
        body.add(18, "NM1*QC*1*DOE*JIM");
        body.add(19, "DMG*D8*20270101*M");
        assertThat(problems(X12Samples.interchange("837", "005010X222A1", body))).extracting(Problem::code)
                .containsOnly("SERVICE_DATE_BEFORE_BIRTH");
    }

    @Test
    void reportsUnexpectedSegment() {
        List<String> body = X12Samples.professionalBody();
        body.add(5, "CLP*X*1*1*1**12*A");
        assertThat(problems(X12Samples.interchange("837", "005010X222A1", body)))
                .extracting(Problem::kind, Problem::code)
                .contains(org.assertj.core.groups.Tuple.tuple(ProblemKind.SEGMENT_IK304, "2"));
    }

    @Test
    void acceptsAValidInstitutionalClaim() {
        assertThat(problems(X12Samples.institutional())).isEmpty();
    }

    @Test
    void rejectsInstitutionalClaimWithClm06AndSingleStatementDate() {
        List<String> body = X12Samples.institutionalBody();
        body.set(14, "CLM*PCN900*300***13:A:1*Y*A*Y*Y");
        body.set(15, "DTP*434*D8*20261001");
        assertThat(problems(X12Samples.interchange("837", "005010X223A2", body)))
                .extracting(p -> p.segmentId() + p.elementPosition() + "=" + p.code())
                .containsExactlyInAnyOrder("CLM6=I10", "DTP2=7");
    }

    @Test
    void rejectsInstitutionalClaimWhoseChargesDoNotSumToTotal() {
        List<String> body = X12Samples.institutionalBody();
        body.set(19, "SV2*0300*HC:80053*150*UN*1");
        Problem p = onlyProblem(X12Samples.interchange("837", "005010X223A2", body));
        assertThat(p.code()).isEqualTo("CHARGE_BALANCE");
        assertThat(p.message()).contains("SV203");
    }

    @Test
    void problemToStringLeavesOutTheClaimIdentifier() {
        Problem p = onlyProblem(X12Samples.professionalReplacing("HI*", "HI*ABK:J020*ABF:J020"));
        assertThat(p.toString()).doesNotContain("PCN001").contains("DUPLICATE_DIAGNOSIS");
    }
}
