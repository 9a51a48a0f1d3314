package org.oa.core.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.SampleClaims;
import org.oa.core.edit.EditFailure;
import org.oa.core.edit.Severity;

class FileSummaryTextTest {

    private static final Instant RECEIVED = Instant.parse("2026-06-15T09:05:00Z");

    @Test
    void listsEveryClaimWithItsResultAndEachErrorWithItsFieldAndFix() {
        SubmissionFile file = SubmissionFile.received(SampleClaims.PRACTICE, "batch.837", SubmissionChannel.SFTP,
                RECEIVED, 900).processed();
        EditFailure units = new EditFailure("UNITS_POSITIVE", Severity.ERROR, "claim.serviceLines[0].units",
                "The units of service must be greater than zero.", "Enter how many units were given.");
        FileSummaryReport report = FileSummaryReport.of(file.id(), List.of(
                new FileSummaryReport.ClaimOutcome(ClaimId.random(), "PCN-1", new BigDecimal("200.00"), true,
                        List.of()),
                new FileSummaryReport.ClaimOutcome(ClaimId.random(), "PCN-2", new BigDecimal("50.00"), false,
                        List.of(units)),
                new FileSummaryReport.ClaimOutcome(null, "PCN-3", new BigDecimal("10.00"), false, List.of(units))));

        String text = FileSummaryText.render(file, report);

        assertThat(text).contains("File name:     batch.837", "Received:      2026-06-15 09:05 UTC by SFTP",
                "Status:        PROCESSED", "Claims:        3 (accepted 1, charges 200.00; rejected 2, charges 60.00)");
        assertThat(text.lines()).anyMatch(l -> l.startsWith("1") && l.contains("PCN-1") && l.endsWith("ACCEPTED"))
                .anyMatch(l -> l.contains("PCN-2") && l.endsWith("REJECTED - correct it in Claim Fix"))
                .anyMatch(l -> l.contains("PCN-3") && l.endsWith("REJECTED - not stored, send again"))
                .anyMatch(l -> l.contains("ERROR UNITS_POSITIVE at claim.serviceLines[0].units:")
                        && l.endsWith("Fix: Enter how many units were given."));
        assertThat(text).endsWith("\r\n").doesNotContain("\n\n");
    }

    @Test
    void aFailedFileShowsWhyAndNoClaims() {
        SubmissionFile file = SubmissionFile.received(SampleClaims.PRACTICE, "notes.txt", SubmissionChannel.UPLOAD,
                RECEIVED, 12).failed("The file is not an X12 file.");

        String text = FileSummaryText.render(file, FileSummaryReport.failed(file.id(), file.failureReason()));

        assertThat(text).contains("Status:        FAILED", "Reason:        The file is not an X12 file.",
                "Claims:        0").doesNotContain("Patient control number");
    }
}
