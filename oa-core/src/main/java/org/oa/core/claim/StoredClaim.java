package org.oa.core.claim;

import java.util.Objects;

import org.oa.core.lifecycle.ClaimLifecycle;
import org.oa.core.patient.PatientId;
import org.oa.core.submission.SubmissionFileId;

/**
 * A claim as stored: the claim, its lifecycle, the file it came in (null for a claim keyed in without a
 * file), the claim control number the payer gave it (from the 277CA or 835; replacement and void claims
 * quote it) and the patient record it is linked to, if any. {@link #toString()} shows no PHI.
 *
 * @param claim            the claim
 * @param lifecycle        its status and history
 * @param submissionFile   the file it came in, or null
 * @param payerClaimNumber the payer's claim control number, empty until the payer assigned one
 * @param patientRecordId  the patient record the claim is linked to ({@link org.oa.core.patient.PatientRecord}),
 *                         or null when unlinked; not the same as {@code claim.patient().id()}, which identifies
 *                         the patient as submitted
 */
public record StoredClaim(Claim claim, ClaimLifecycle lifecycle, SubmissionFileId submissionFile,
                          String payerClaimNumber, PatientId patientRecordId) {

    public StoredClaim {
        Objects.requireNonNull(claim, "stored claim claim");
        Objects.requireNonNull(lifecycle, "stored claim lifecycle");
        payerClaimNumber = Objects.requireNonNullElse(payerClaimNumber, "");
        if (!claim.id().equals(lifecycle.claimId())) {
            throw new IllegalArgumentException("stored claim lifecycle must belong to the claim");
        }
    }

    /** A claim not linked to a patient record. */
    public StoredClaim(Claim claim, ClaimLifecycle lifecycle, SubmissionFileId submissionFile,
                       String payerClaimNumber) {
        this(claim, lifecycle, submissionFile, payerClaimNumber, null);
    }
}
