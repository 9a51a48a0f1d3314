package org.oa.edi.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oa.edi.validation.Validation.problems;
import static org.oa.edi.validation.Validation.validate;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oa.edi.X12Samples;

class EnvelopeValidationTest {

    @Test
    void acceptsAValidProfessionalClaimFile() {
        ValidationReport report = validate(X12Samples.professional());
        assertThat(report.allProblems()).isEmpty();
        assertThat(report.accepted()).isTrue();
        assertThat(report.claimsAccepted()).isEqualTo(1);
        GroupResult group = report.interchanges().get(0).groups().get(0);
        assertThat(group.status()).isEqualTo(AckCode.ACCEPTED);
        assertThat(group.transactions().get(0).status()).isEqualTo(AckCode.ACCEPTED);
    }

    @Test
    void rejectsInterchangeWhoseIeaControlNumberDiffers() {
        String file = X12Samples.professional().replace("IEA*1*000000001", "IEA*1*000000009");
        InterchangeResult i = validate(file).interchanges().get(0);
        assertThat(i.envelopeAccepted()).isFalse();
        assertThat(i.ta1NoteCode()).isEqualTo("001");
        assertThat(i.problems().get(0).segmentId()).isEqualTo("IEA");
    }

    @Test
    void rejectsInterchangeWhoseGroupCountIsWrong() {
        String file = X12Samples.professional().replace("IEA*1*", "IEA*2*");
        assertThat(validate(file).interchanges().get(0).ta1NoteCode()).isEqualTo("021");
    }

    @Test
    void reportsIsaFieldsOfTheWrongWidth() {
        String file = X12Samples.professional().replace("*SUBMITTER      *", "*SUBMITTER*");
        assertThat(validate(file).interchanges().get(0).ta1NoteCode()).isEqualTo("006");
    }

    @Test
    void reportsMissingIeaAsPrematureEndOfFile() {
        String file = X12Samples.professional().replace("IEA*1*000000001~\n", "");
        assertThat(validate(file).interchanges().get(0).ta1NoteCode()).isEqualTo("023");
    }

    @Test
    void rejectsGroupWhoseTrailerDoesNotMatch() {
        String file = X12Samples.professional().replace("GE*1*1~", "GE*2*7~");
        GroupResult g = validate(file).interchanges().get(0).groups().get(0);
        assertThat(g.status()).isEqualTo(AckCode.REJECTED);
        assertThat(g.problems()).extracting(Problem::code).containsExactly("5", "4");
    }

    @Test
    void rejectsTransactionWhoseSegmentCountIsWrong() {
        String file = X12Samples.professional().replace("SE*26*0001", "SE*25*0001");
        List<Problem> ps = problems(file);
        assertThat(ps).extracting(Problem::kind, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ProblemKind.TRANSACTION_IK502, "4"));
    }

    @Test
    void rejectsTransactionWhoseTrailerControlNumberDiffers() {
        String file = X12Samples.professional().replace("SE*26*0001", "SE*26*0002");
        assertThat(problems(file)).extracting(Problem::code).containsExactly("3");
    }

    @Test
    void reportsMissingTransactionTrailer() {
        String file = X12Samples.professional().replace("SE*26*0001~\n", "");
        ValidationReport report = validate(file);
        assertThat(report.allProblems()).extracting(Problem::code).contains("2");
        assertThat(report.transactions().findFirst().orElseThrow().status()).isEqualTo(AckCode.REJECTED);
    }

    @Test
    void reportsAnEmptyFileAsNotX12() {
        ValidationReport report = validate("  \r\n");
        assertThat(report.x12()).isFalse();
        assertThat(report.accepted()).isFalse();
        assertThat(report.fileProblems()).extracting(Problem::code).containsExactly("022");
    }

    @Test
    void readsSeveralInterchangesInOneFile() {
        ValidationReport report = validate(X12Samples.professional() + X12Samples.remittance().replace("000000001",
                "000000002"));
        assertThat(report.interchanges()).hasSize(2);
        assertThat(report.accepted()).isTrue();
    }

    @Test
    void reportsDuplicateInterchangeControlNumbers() {
        ValidationReport report = validate(X12Samples.professional() + X12Samples.remittance());
        assertThat(report.interchanges().get(1).ta1NoteCode()).isEqualTo("025");
    }

    @Test
    void acceptsTa1BetweenIsaAndGs() {
        String file = X12Samples.professional().replace("~\nGS*", "~\nTA1*000000007*261101*1200*A*000~\nGS*");
        assertThat(validate(file).accepted()).isTrue();
    }

    @Test
    void checksHierarchicalLevelNumbering() {
        String file = X12Samples.professionalReplacing("HL*2*1*22", "HL*3*1*22*0");
        assertThat(problems(file)).anySatisfy(p -> {
            assertThat(p.segmentId()).isEqualTo("HL");
            assertThat(p.elementPosition()).isEqualTo(1);
            assertThat(p.code()).isEqualTo("7");
        });
    }

    @Test
    void checksHierarchicalParentExists() {
        String file = X12Samples.professionalReplacing("HL*2*1*22", "HL*2*5*22*0");
        assertThat(problems(file)).anySatisfy(p -> {
            assertThat(p.segmentId()).isEqualTo("HL");
            assertThat(p.elementPosition()).isEqualTo(2);
            assertThat(p.loopId()).isEqualTo("2000B");
        });
    }

    @Test
    void checksServiceLineNumbersRestartPerClaim() {
        String file = X12Samples.professionalReplacing("LX*2", "LX*3");
        assertThat(problems(file)).singleElement().satisfies(p -> {
            assertThat(p.segmentId()).isEqualTo("LX");
            assertThat(p.loopId()).isEqualTo("2400");
            assertThat(p.claimId()).isEqualTo("PCN001");
            assertThat(p.segmentPosition()).isEqualTo(23);
        });
    }

    @Test
    void reportsUnsupportedTransactionSet() {
        String file = X12Samples.interchange("999", "005010X231A1", List.of("AK1*HC*1")).replace("ST*999",
                "ST*123").replace("GS*FA", "GS*XX");
        assertThat(problems(file)).extracting(Problem::kind, Problem::code).contains(
                org.assertj.core.groups.Tuple.tuple(ProblemKind.TRANSACTION_IK502, "1"));
    }
}
