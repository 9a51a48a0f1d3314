package org.oa.core.submission;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.oa.core.claim.ClaimId;
import org.oa.core.edit.EditFailure;

/**
 * The file summary report of one submission file: how many claims were accepted and rejected, their charges,
 * and each claim's edit failures. A failed file has no claims and a failure reason.
 *
 * @param fileId          the file
 * @param claims          one entry per claim, in file order
 * @param acceptedCount   claims accepted
 * @param rejectedCount   claims rejected
 * @param acceptedCharges total charge of accepted claims, scale 2
 * @param rejectedCharges total charge of rejected claims, scale 2
 * @param failureReason   why the file could not be read, empty when it was read
 */
public record FileSummaryReport(SubmissionFileId fileId, List<ClaimOutcome> claims, int acceptedCount,
                                int rejectedCount, BigDecimal acceptedCharges, BigDecimal rejectedCharges,
                                String failureReason) {

    public FileSummaryReport {
        Objects.requireNonNull(fileId, "report fileId");
        claims = List.copyOf(Objects.requireNonNull(claims, "report claims"));
        Objects.requireNonNull(acceptedCharges, "report acceptedCharges");
        Objects.requireNonNull(rejectedCharges, "report rejectedCharges");
        failureReason = Objects.requireNonNullElse(failureReason, "");
        if (acceptedCount + rejectedCount != claims.size()) {
            throw new IllegalArgumentException("report counts must add up to the number of claims");
        }
    }

    /** Returns the report of a file that could not be read. */
    public static FileSummaryReport failed(SubmissionFileId fileId, String reason) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        return new FileSummaryReport(fileId, List.of(), 0, 0, zero, zero, reason);
    }

    /** Returns a report summing up these claim outcomes. */
    public static FileSummaryReport of(SubmissionFileId fileId, List<ClaimOutcome> outcomes) {
        int accepted = 0;
        BigDecimal acceptedCharges = BigDecimal.ZERO.setScale(2);
        BigDecimal rejectedCharges = BigDecimal.ZERO.setScale(2);
        for (ClaimOutcome o : outcomes) {
            if (o.accepted()) {
                accepted++;
                acceptedCharges = acceptedCharges.add(o.totalCharge());
            } else {
                rejectedCharges = rejectedCharges.add(o.totalCharge());
            }
        }
        return new FileSummaryReport(fileId, outcomes, accepted, outcomes.size() - accepted, acceptedCharges,
                rejectedCharges, "");
    }

    /** Returns true when the file could not be read. */
    public boolean fileFailed() {
        return !failureReason.isEmpty();
    }

    /** How many claims of a file were accepted and rejected. */
    public record Counts(int accepted, int rejected) {
        public Counts {
            if (accepted < 0 || rejected < 0) {
                throw new IllegalArgumentException("claim counts must not be negative");
            }
        }
    }

    /**
     * One claim of the file in the report.
     *
     * @param claimId              OA's claim ID, null when the claim could not be read into an OA claim (nothing
     *                             was stored for it)
     * @param patientControlNumber CLM01, for the practice to find the claim
     * @param totalCharge          the claim's total charge
     * @param accepted             true when no edit failed with severity ERROR
     * @param failures             every edit failure, warnings included
     */
    public record ClaimOutcome(ClaimId claimId, String patientControlNumber, BigDecimal totalCharge, boolean accepted,
                               List<EditFailure> failures) {
        public ClaimOutcome {
            patientControlNumber = Objects.requireNonNullElse(patientControlNumber, "");
            Objects.requireNonNull(totalCharge, "outcome totalCharge");
            failures = List.copyOf(Objects.requireNonNull(failures, "outcome failures"));
            if (claimId == null && accepted) {
                throw new IllegalArgumentException("a claim that was not read cannot be accepted");
            }
        }

        /** Returns true when the claim was stored (it has an OA claim ID). */
        public boolean stored() {
            return claimId != null;
        }

        @Override
        public String toString() {
            return "ClaimOutcome[claimId=" + claimId + ", accepted=" + accepted + ", failures=" + failures.size() + "]";
        }
    }
}
