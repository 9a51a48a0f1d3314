package org.oa.core.claim;

import java.util.Objects;

import org.oa.core.lifecycle.ClaimLifecycle;
import org.oa.core.submission.SubmissionFileId;

/**
 * A claim as stored: the claim, its lifecycle, the file it came in (null for a claim keyed in without a
 * file) and the claim control number the payer gave it (from the 277CA or 835; replacement and void claims
 * quote it). {@link #toString()} shows no PHI.
 *
 * @param claim            the claim
 * @param lifecycle        its status and history
 * @param submissionFile   the file it came in, or null
 * @param payerClaimNumber the payer's claim control number, empty until the payer assigned one
 */
public record StoredClaim(Claim claim, ClaimLifecycle lifecycle, SubmissionFileId submissionFile,
                          String payerClaimNumber) {

    public StoredClaim {
        Objects.requireNonNull(claim, "stored claim claim");
        Objects.requireNonNull(lifecycle, "stored claim lifecycle");
        payerClaimNumber = Objects.requireNonNullElse(payerClaimNumber, "");
        if (!claim.id().equals(lifecycle.claimId())) {
            throw new IllegalArgumentException("stored claim lifecycle must belong to the claim");
        }
    }
}
