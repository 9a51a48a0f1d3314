package org.oa.core.submission;

import java.lang.System.Logger.Level;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;

import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimFrequency;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ServiceLine;
import org.oa.core.edit.ClaimHistory;
import org.oa.core.edit.EditContext;
import org.oa.core.edit.EditFailure;
import org.oa.core.edit.FrontEndEdits;
import org.oa.core.lifecycle.ClaimLifecycle;
import org.oa.core.lifecycle.ClaimStatus;
import org.oa.core.practice.PracticeId;

/**
 * Takes in the content of a submission file: each claim is received, run through the front-end edits and
 * accepted or rejected; a file that could not be read is marked failed and creates no claims. For the
 * duplicate-claim edit, claims accepted earlier in the same file count as already sent. Stateless and
 * thread-safe; storing the result is the caller's business.
 */
public final class ClaimIntake {

    /** The actor recorded on the status changes made here. */
    public static final String ACTOR = "front-end-edits";

    private static final System.Logger LOG = System.getLogger(ClaimIntake.class.getName());

    private final FrontEndEdits edits;
    private final OriginalClaims originalClaims;

    /**
     * Finds OA's ID of the claim a replacement or void refers to, by the payer's claim number, within the
     * practice. Returns null when unknown.
     */
    @FunctionalInterface
    public interface OriginalClaims {
        ClaimId findByPayerClaimNumber(PracticeId practice, String payerClaimNumber);
    }

    /**
     * One claim after intake.
     *
     * @param claim     the claim
     * @param lifecycle its lifecycle: RECEIVED then ACCEPTED or REJECTED
     * @param failures  its edit failures
     */
    public record IntakeClaim(Claim claim, ClaimLifecycle lifecycle, List<EditFailure> failures) {
        public IntakeClaim {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(lifecycle, "lifecycle");
            failures = List.copyOf(failures);
        }
    }

    /**
     * The result of intake.
     *
     * @param file   the file, now PROCESSED or FAILED
     * @param claims the claims created, empty for a failed file
     * @param report the file summary report
     */
    public record IntakeResult(SubmissionFile file, List<IntakeClaim> claims, FileSummaryReport report) {
        public IntakeResult {
            Objects.requireNonNull(file, "file");
            claims = List.copyOf(claims);
            Objects.requireNonNull(report, "report");
        }
    }

    /**
     * Creates an intake.
     *
     * @param edits          the edits to run on every claim
     * @param originalClaims finds the originals of replacement and void claims
     */
    public ClaimIntake(FrontEndEdits edits, OriginalClaims originalClaims) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.originalClaims = Objects.requireNonNull(originalClaims, "originalClaims");
    }

    /**
     * Takes in {@code content} read from {@code file}. Every claim must belong to the file's practice (a
     * programming error otherwise). A replacement or void claim is linked to its original when
     * {@link OriginalClaims} finds it; when it does not, the claim is rejected with
     * {@link #ORIGINAL_NOT_FOUND} and its lifecycle stays unlinked
     * (recorded as an original), as it is when the payer claim number is missing.
     */
    public IntakeResult take(SubmissionFile file, FileContent content, EditContext context, Instant now) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        if (content instanceof FileContent.Unreadable unreadable) {
            LOG.log(Level.INFO, "submission file {0} failed: {1}", file.id(), unreadable.reason());
            return new IntakeResult(file.failed(unreadable.reason()), List.of(),
                    FileSummaryReport.failed(file.id(), unreadable.reason()));
        }
        FileContent.Readable readable = (FileContent.Readable) content;
        List<Claim> claims = readable.claims();
        // Claims accepted earlier in this file count for the duplicate-claim edit too.
        Map<ClaimHistory.ServiceKey, ClaimId> acceptedInFile = new HashMap<>();
        List<ClaimHistory.ServiceKey> keys = new ArrayList<>();
        for (Claim claim : claims) {
            for (ServiceLine line : claim.serviceLines()) {
                ClaimHistory.ServiceKey key = ClaimHistory.ServiceKey.of(claim, line);
                if (key != null) {
                    keys.add(key);
                }
            }
        }
        ClaimHistory stored = context.claimHistory().forKeys(keys);
        ClaimHistory history = (key, self) -> {
            ClaimId inFile = acceptedInFile.get(key);
            return inFile != null && !inFile.equals(self) ? inFile : stored.findOtherClaimWith(key, self);
        };
        EditContext fileContext = new EditContext(context.clock(), context.payers(), context.enrollments(), history);
        List<IntakeClaim> taken = new ArrayList<>(claims.size());
        List<FileSummaryReport.ClaimOutcome> outcomes = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            if (!claim.practiceId().equals(file.practiceId())) {
                throw new IllegalArgumentException("claim " + claim.id() + " belongs to another practice than file "
                        + file.id());
            }
            List<EditFailure> failures = new ArrayList<>(readable.readFailures().getOrDefault(claim.id(), List.of()));
            failures.addAll(edits.run(claim, fileContext));
            ClaimLifecycle lifecycle = start(claim, now, failures);
            boolean rejected = FrontEndEdits.rejects(failures);
            lifecycle = lifecycle.moveOrThrow(rejected ? ClaimStatus.REJECTED : ClaimStatus.ACCEPTED, now, ACTOR,
                    rejected ? reason(failures) : "");
            if (!rejected) {
                for (ServiceLine line : claim.serviceLines()) {
                    ClaimHistory.ServiceKey key = ClaimHistory.ServiceKey.of(claim, line);
                    if (key != null) {
                        acceptedInFile.putIfAbsent(key, claim.id());
                    }
                }
            }
            taken.add(new IntakeClaim(claim, lifecycle, failures));
            outcomes.add(new FileSummaryReport.ClaimOutcome(claim.id(), claim.patientControlNumber(),
                    claim.totalCharge(), !rejected, failures));
        }
        for (FileContent.UnreadClaim unread : readable.unread().stream()
                .sorted(Comparator.comparingInt(FileContent.UnreadClaim::position)).toList()) {
            // Unread claims take their place in file order; the others keep their relative order.
            int at = Math.min(unread.position(), outcomes.size());
            outcomes.add(at, new FileSummaryReport.ClaimOutcome(null, unread.patientControlNumber(),
                    unread.totalCharge().setScale(2, RoundingMode.HALF_UP), false, unread.failures()));
        }
        FileSummaryReport report = FileSummaryReport.of(file.id(), outcomes);
        LOG.log(Level.INFO, "submission file {0}: {1} accepted, {2} rejected", file.id(), report.acceptedCount(),
                report.rejectedCount());
        return new IntakeResult(file.processed(), taken, report);
    }

    /** The failure reported when a replacement or void claim's original is not known to OA. */
    public static final EditFailure ORIGINAL_NOT_FOUND = new EditFailure("ORIGINAL_CLAIM_NOT_FOUND",
            org.oa.core.edit.Severity.ERROR, "claim.originalClaimNumber",
            "No claim of this practice has the payer claim number this replacement or void refers to.",
            "Check the payer claim control number on the remittance of the original claim.");

    private ClaimLifecycle start(Claim claim, Instant now, List<EditFailure> failures) {
        ClaimFrequency frequency = claim.frequency().orElse(ClaimFrequency.ORIGINAL);
        if (frequency.refersToOriginal() && !claim.originalClaimNumber().isBlank()) {
            ClaimId original = originalClaims.findByPayerClaimNumber(claim.practiceId(), claim.originalClaimNumber());
            if (original != null) {
                return ClaimLifecycle.receivedFor(claim.id(), frequency, original, now, ACTOR, "");
            }
            failures.add(ORIGINAL_NOT_FOUND);
        }
        return ClaimLifecycle.received(claim.id(), now, ACTOR, "");
    }

    private static String reason(List<EditFailure> failures) {
        StringJoiner codes = new StringJoiner(", ", "front-end edits: ", "");
        for (EditFailure f : failures) {
            if (f.isError()) {
                codes.add(f.code());
            }
        }
        return codes.toString();
    }
}
