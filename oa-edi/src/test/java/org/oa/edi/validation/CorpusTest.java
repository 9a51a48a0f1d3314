package org.oa.edi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/** Public sample files: every one is read without crashing, and real violations are found where they are. */
class CorpusTest {

    private static final Path SHARED = Path.of("../../shared/corpus/x12");

    private static ValidationReport validate(String resource) {
        try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            return X12Validator.newValidator().validate(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> found(ValidationReport report) {
        return report.allProblems().map(p -> p.segmentId() + (p.elementPosition() > 0
                ? String.format("%02d", p.elementPosition()) : "") + "=" + p.code()).toList();
    }

    @Test
    void findsClm06InAnInstitutionalClaim() {
        ValidationReport report = validate("lfh__institutional-claim.837i");
        assertThat(found(report)).contains("CLM06=I10", "N403=I12", "DTP02=7");
        Problem clm06 = report.allProblems().filter(p -> p.code().equals("I10")).findFirst().orElseThrow();
        assertThat(clm06.claimId()).isEqualTo("756048Q");
        assertThat(clm06.loopId()).isEqualTo("2300");
        assertThat(clm06.segmentPosition()).isEqualTo(20);
        assertThat(report.claimsRejected()).isEqualTo(1);
    }

    @Test
    void findsAnUnbalancedRemittance() {
        ValidationReport report = validate("lfh__tertiary-payment.835");
        assertThat(found(report)).contains("SVC03=SERVICE_BALANCE", "BPR16=1");
        assertThat(report.allProblems().filter(p -> p.code().equals("SERVICE_BALANCE")).findFirst().orElseThrow()
                .loopId()).isEqualTo("2110");
    }

    @Test
    void findsAnImpossiblePaymentDate() {
        assertThat(found(validate("lfh__managed-care.835"))).containsExactly("BPR16=8");
    }

    @Test
    void findsComponentSeparatorNotDeclaredInIsa() {
        // The file declares ':' in ISA16 but writes composites with '>', so CLM05-2 is not 'B'.
        assertThat(found(validate("lfh__demo.example12.837"))).contains("CLM05=7", "SV107=DIAGNOSIS_POINTER");
    }

    @Test
    void acceptsACleanProfessionalClaim() {
        ValidationReport report = validate("lfh__demo.example1.837");
        assertThat(report.accepted()).isTrue();
        assertThat(report.claimsAccepted()).isEqualTo(1);
    }

    @Test
    void findsSeControlNumberMismatchIn271() {
        assertThat(found(validate("lfh__subscriber-health-benefit-check-error.271"))).containsExactly("SE=3");
    }

    @Test
    void readsA999AndA277() {
        assertThat(validate("staedi__simple999.edi").x12()).isTrue();
        assertThat(validate("lfh__claim-level-status.277").accepted()).isTrue();
    }

    static boolean sharedCorpusPresent() {
        return Files.isDirectory(SHARED);
    }

    @Test
    @EnabledIf("sharedCorpusPresent")
    void readsEveryFileOfTheSharedCorpusWithoutCrashing() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(SHARED)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")
                    && !p.getFileName().toString().endsWith(".tsv")).toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                ValidationReport report = X12Validator.newValidator().validate(in);
                assertThat(report.x12()).as(f.toString()).isTrue();
                assertThat(report.interchanges()).as(f.toString()).isNotEmpty();
            }
        }
    }
}
