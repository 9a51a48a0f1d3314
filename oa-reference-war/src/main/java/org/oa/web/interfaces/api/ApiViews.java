package org.oa.web.interfaces.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.oa.core.claim.StoredClaim;
import org.oa.core.edit.EditFailure;
import org.oa.core.lifecycle.StatusChange;
import org.oa.core.submission.FileSummaryReport;
import org.oa.core.submission.SubmissionFile;
import org.oa.web.application.clearinghouse.ClaimSubmissions;
import org.oa.web.application.payer.PayerLookup;

/** What the API answers, as JSON-B writes it: plain records of strings, numbers and lists. */
public final class ApiViews {

    private ApiViews() {
    }

    /**
     * A submission file's File Summary.
     *
     * @param fileId          the file's ID, for {@code /files/{id}}
     * @param fileName        the name it was received under
     * @param channel         UPLOAD, SFTP or API
     * @param receivedAt      ISO-8601 instant
     * @param status          PROCESSED, FAILED or DUPLICATE (RECEIVED while processing)
     * @param reason          why a file FAILED or is a DUPLICATE; empty otherwise
     * @param acceptedCount   claims accepted
     * @param rejectedCount   claims rejected
     * @param acceptedCharges their total charge
     * @param rejectedCharges their total charge
     * @param claims          each claim in file order
     * @param documents       the names of the answering documents, for {@code /files/{id}/documents/{name}}
     */
    public record FileSummary(String fileId, String fileName, String channel, String receivedAt, String status,
            String reason, int acceptedCount, int rejectedCount, BigDecimal acceptedCharges,
            BigDecimal rejectedCharges, List<ClaimResult> claims, List<String> documents) {

        public static FileSummary of(ClaimSubmissions.Outcome outcome) {
            SubmissionFile file = outcome.file();
            FileSummaryReport report = outcome.report();
            String reason = file.failureReason().isEmpty() ? report.failureReason() : file.failureReason();
            return new FileSummary(file.id().toString(), file.fileName(), file.channel().name(),
                    file.receivedAt().toString(), file.status().name(), reason, report.acceptedCount(),
                    report.rejectedCount(), report.acceptedCharges(), report.rejectedCharges(),
                    report.claims().stream().map(ClaimResult::of).toList(), outcome.documents());
        }
    }

    /**
     * One claim of a File Summary.
     *
     * @param claimId              OA's claim ID for {@code /claims/{id}}; null when the claim could not be read
     * @param patientControlNumber CLM01 as sent
     * @param totalCharge          the claim's total charge
     * @param accepted             true when no edit failed with severity ERROR
     * @param stored               true when OA stored the claim (it has a claim ID)
     * @param problems             every edit failure, warnings included
     */
    public record ClaimResult(String claimId, String patientControlNumber, BigDecimal totalCharge, boolean accepted,
            boolean stored, List<Problem> problems) {

        public static ClaimResult of(FileSummaryReport.ClaimOutcome outcome) {
            return new ClaimResult(outcome.claimId() == null ? null : outcome.claimId().toString(),
                    outcome.patientControlNumber(), outcome.totalCharge(), outcome.accepted(), outcome.stored(),
                    outcome.failures().stream().map(Problem::of).toList());
        }
    }

    /**
     * A failed front-end edit.
     *
     * @param code      the rule, e.g. {@code PROCEDURE_CODE_FORMAT}
     * @param severity  ERROR (claim rejected) or WARNING
     * @param fieldPath the field blamed, e.g. {@code claim.serviceLines[0].procedureCode}
     * @param message   what is wrong
     * @param hint      how to fix it
     */
    public record Problem(String code, String severity, String fieldPath, String message, String hint) {

        public static Problem of(EditFailure failure) {
            return new Problem(failure.code(), failure.severity().name(), failure.fieldPath(), failure.message(),
                    failure.hint());
        }
    }

    /**
     * A file in the list of recent files.
     *
     * @param fileId        the file's ID
     * @param fileName      the name it was received under
     * @param channel       UPLOAD, SFTP or API
     * @param receivedAt    ISO-8601 instant
     * @param status        its status
     * @param acceptedCount claims accepted
     * @param rejectedCount claims rejected
     */
    public record FileEntry(String fileId, String fileName, String channel, String receivedAt, String status,
            int acceptedCount, int rejectedCount) {

        public static List<FileEntry> of(List<SubmissionFile> files, Map<?, FileSummaryReport.Counts> counts) {
            return files.stream().map(f -> {
                FileSummaryReport.Counts c = counts.getOrDefault(f.id(), new FileSummaryReport.Counts(0, 0));
                return new FileEntry(f.id().toString(), f.fileName(), f.channel().name(), f.receivedAt().toString(),
                        f.status().name(), c.accepted(), c.rejected());
            }).toList();
        }
    }

    /**
     * A claim's status and history.
     *
     * @param claimId              OA's claim ID
     * @param patientControlNumber CLM01
     * @param status               the current status, e.g. ACCEPTED, REJECTED, SENT_TO_PAYER, PAID
     * @param fileId               the file it came in, or null
     * @param payerClaimNumber     the payer's claim control number, empty until assigned
     * @param totalCharge          the claim's total charge
     * @param history              every status change, oldest first
     */
    public record ClaimStatusView(String claimId, String patientControlNumber, String status, String fileId,
            String payerClaimNumber, BigDecimal totalCharge, List<Change> history) {

        public static ClaimStatusView of(StoredClaim stored) {
            return new ClaimStatusView(stored.claim().id().toString(), stored.claim().patientControlNumber(),
                    stored.lifecycle().status().name(),
                    stored.submissionFile() == null ? null : stored.submissionFile().toString(),
                    stored.payerClaimNumber(), stored.claim().totalCharge(),
                    stored.lifecycle().history().stream().map(Change::of).toList());
        }
    }

    /**
     * One status change.
     *
     * @param from   the status before; null for the first entry
     * @param to     the status after
     * @param at     ISO-8601 instant
     * @param actor  who or which part of OA
     * @param reason why; may be empty
     */
    public record Change(String from, String to, String at, String actor, String reason) {

        public static Change of(StatusChange change) {
            return new Change(change.from() == null ? null : change.from().name(), change.to().name(),
                    change.at().toString(), change.actor(), change.reason());
        }
    }

    /**
     * A payer of the payer list.
     *
     * @param payerId            the payer ID used on claims
     * @param name               the payer's name
     * @param transactions       supported transactions; "!" marks those needing enrollment first
     * @param enrollmentRequired true when any transaction needs enrollment
     * @param notes              the payer's notes for billers
     */
    public record PayerView(String payerId, String name, String transactions, boolean enrollmentRequired, String notes) {

        public static PayerView of(PayerLookup.Row row) {
            return new PayerView(row.payerId(), row.name(), row.transactions(), row.enrollment(), row.notes());
        }
    }
}
