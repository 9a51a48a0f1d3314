package org.oa.core.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimFrequency;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.SampleClaims;
import org.oa.core.edit.EditFailure;
import org.oa.core.edit.FrontEndEdits;
import org.oa.core.edit.Severity;
import org.oa.core.lifecycle.ClaimStatus;
import org.oa.core.practice.PracticeId;

class ClaimIntakeTest {

    private static final Instant NOW = Instant.parse("2026-06-15T09:00:00Z");
    private final ClaimId original = ClaimId.random();
    private final ClaimIntake intake = new ClaimIntake(FrontEndEdits.standard(),
            (practice, number) -> number.equals("PAYER-77") ? original : null);

    private static SubmissionFile file() {
        return SubmissionFile.received(SampleClaims.PRACTICE, "batch-0615.837", SubmissionChannel.SFTP, NOW, 2048);
    }

    @Test
    void marksAnUnreadableFileFailedAndCreatesNoClaims() {
        ClaimIntake.IntakeResult result = intake.take(file(), new FileContent.Unreadable("ISA is not 106 characters"),
                SampleClaims.context(), NOW);

        assertThat(result.file().status()).isEqualTo(SubmissionFileStatus.FAILED);
        assertThat(result.file().failureReason()).isEqualTo("ISA is not 106 characters");
        assertThat(result.claims()).isEmpty();
        assertThat(result.report().fileFailed()).isTrue();
        assertThat(result.report().claims()).isEmpty();
    }

    @Test
    void acceptsGoodClaimsAndRejectsBadOnesInTheSameFile() {
        Claim good = SampleClaims.professional().build();
        Claim bad = SampleClaims.professional().patientControlNumber("PCN-2").totalCharge("10.00").build();

        ClaimIntake.IntakeResult result = intake.take(file(), new FileContent.Readable(List.of(good, bad)),
                SampleClaims.context(), NOW);

        assertThat(result.file().status()).isEqualTo(SubmissionFileStatus.PROCESSED);
        assertThat(result.claims()).extracting(c -> c.lifecycle().status())
                .containsExactly(ClaimStatus.ACCEPTED, ClaimStatus.REJECTED);
        assertThat(result.claims().get(1).lifecycle().lastChange().reason()).contains("TOTAL_CHARGE_BALANCES");
        FileSummaryReport report = result.report();
        assertThat(report.acceptedCount()).isEqualTo(1);
        assertThat(report.rejectedCount()).isEqualTo(1);
        assertThat(report.acceptedCharges()).isEqualByComparingTo(new BigDecimal("200.00"));
        assertThat(report.rejectedCharges()).isEqualByComparingTo(new BigDecimal("10.00"));
        assertThat(report.claims().get(1).failures()).extracting(f -> f.code()).contains("TOTAL_CHARGE_BALANCES");
    }

    @Test
    void rejectsAClaimWithAReadingErrorAndListsUnreadClaimsInFileOrder() {
        Claim first = SampleClaims.professional().patientControlNumber("PCN-1").build();
        Claim third = SampleClaims.professional().id(ClaimId.random()).patientControlNumber("PCN-3")
                .build();
        EditFailure syntax = new EditFailure("X12_ELEMENT", Severity.ERROR, "2300 CLM05 (segment 31)",
                "CLM05-1 is not a valid place of service.", "Correct the claim in your billing software.");
        FileContent.UnreadClaim second = new FileContent.UnreadClaim(1, "PCN-2", new BigDecimal("55.5"),
                List.of(new EditFailure("SUBSCRIBER_MISSING", Severity.ERROR, "2010BA NM1", "No subscriber.", "")));

        ClaimIntake.IntakeResult result = intake.take(file(), new FileContent.Readable(List.of(first, third),
                Map.of(third.id(), List.of(syntax)), List.of(second)), SampleClaims.context(), NOW);

        assertThat(result.claims()).extracting(c -> c.lifecycle().status())
                .containsExactly(ClaimStatus.ACCEPTED, ClaimStatus.REJECTED);
        assertThat(result.claims().get(1).failures()).contains(syntax);
        assertThat(result.claims().get(1).lifecycle().lastChange().reason()).contains("X12_ELEMENT");
        FileSummaryReport report = result.report();
        assertThat(report.claims()).extracting(FileSummaryReport.ClaimOutcome::patientControlNumber)
                .containsExactly("PCN-1", "PCN-2", "PCN-3");
        assertThat(report.claims().get(1).stored()).isFalse();
        assertThat(report.claims().get(1).totalCharge()).isEqualByComparingTo("55.50");
        assertThat(report.acceptedCount()).isEqualTo(1);
        assertThat(report.rejectedCount()).isEqualTo(2);
        assertThat(report.rejectedCharges()).isEqualByComparingTo(new BigDecimal("255.50"));
    }

    @Test
    void rejectsTheSecondCopyOfAClaimInTheSameFileAsADuplicate() {
        Claim first = SampleClaims.professional().build();
        Claim copy = first.toBuilder().id(ClaimId.random()).patientControlNumber("PCN-1002").build();

        ClaimIntake.IntakeResult result = intake.take(file(), new FileContent.Readable(List.of(first, copy)),
                SampleClaims.context(), NOW);

        assertThat(result.claims()).extracting(c -> c.lifecycle().status())
                .containsExactly(ClaimStatus.ACCEPTED, ClaimStatus.REJECTED);
        assertThat(result.claims().get(1).failures()).extracting(f -> f.code()).contains("DUPLICATE_CLAIM");
    }

    @Test
    void linksAReplacementClaimToTheOriginalFoundByPayerClaimNumber() {
        Claim replacement = SampleClaims.professional().frequency(ClaimFrequency.REPLACEMENT)
                .originalClaimNumber("PAYER-77").build();
        ClaimIntake.IntakeClaim taken = intake.take(file(), new FileContent.Readable(List.of(replacement)),
                SampleClaims.context(), NOW).claims().get(0);
        assertThat(taken.lifecycle().originalClaim()).isEqualTo(original);
        assertThat(taken.lifecycle().status()).isEqualTo(ClaimStatus.ACCEPTED);
    }

    @Test
    void rejectsAVoidClaimWhoseOriginalIsUnknown() {
        Claim voiding = SampleClaims.professional().frequency(ClaimFrequency.VOID)
                .originalClaimNumber("PAYER-00").build();
        ClaimIntake.IntakeClaim taken = intake.take(file(), new FileContent.Readable(List.of(voiding)),
                SampleClaims.context(), NOW).claims().get(0);
        assertThat(taken.lifecycle().status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(taken.failures()).contains(ClaimIntake.ORIGINAL_NOT_FOUND);
    }

    @Test
    void refusesAClaimOfAnotherPracticeAsAProgrammingError() {
        Claim foreign = SampleClaims.professional().practiceId(PracticeId.random()).build();
        assertThatThrownBy(() -> intake.take(file(), new FileContent.Readable(List.of(foreign)),
                SampleClaims.context(), NOW)).isInstanceOf(IllegalArgumentException.class);
    }
}
