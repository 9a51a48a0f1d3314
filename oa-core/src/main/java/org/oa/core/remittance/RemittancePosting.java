package org.oa.core.remittance;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ClaimRepository;
import org.oa.core.claim.StoredClaim;
import org.oa.core.lifecycle.ClaimLifecycle;
import org.oa.core.lifecycle.ClaimStatus;
import org.oa.core.lifecycle.TransitionResult;

/**
 * Posts a remittance to the practice's claims: each claim payment is matched by patient control number to the
 * latest claim that is with the payer (SENT_TO_PAYER or ACKNOWLEDGED), which then moves to PAID,
 * PARTIALLY_PAID or DENIED and remembers the payer's claim number. Payments that match no claim, and
 * reversals, are returned for a person to look at; they are expected, not errors. Stateless and thread-safe.
 */
public final class RemittancePosting {

    /** The actor recorded on the status changes made here. */
    public static final String ACTOR = "835";

    private static final System.Logger LOG = System.getLogger(RemittancePosting.class.getName());

    /**
     * What posting did.
     *
     * @param posted    claims moved to an adjudicated status
     * @param unmatched payments for which no claim with the payer was found, and reversals
     */
    public record Result(List<ClaimId> posted, List<ClaimPayment> unmatched) {
        public Result {
            posted = List.copyOf(posted);
            unmatched = List.copyOf(unmatched);
        }
    }

    /** Creates a posting; it holds no state. */
    public RemittancePosting() {
        // Nothing to configure yet: matching rules are fixed.
    }

    /** Posts {@code remittance} to {@code claims}, the repository of the remittance's practice. */
    public Result post(Remittance remittance, ClaimRepository claims, Instant now) {
        Objects.requireNonNull(remittance, "remittance");
        Objects.requireNonNull(claims, "claims");
        if (!remittance.practiceId().equals(claims.practiceId())) {
            throw new IllegalArgumentException("remittance and claim repository belong to different practices");
        }
        List<ClaimId> posted = new ArrayList<>();
        List<ClaimPayment> unmatched = new ArrayList<>();
        for (ClaimPayment payment : remittance.claims()) {
            StoredClaim target = payment.status() == ClaimPaymentStatus.REVERSAL ? null
                    : withPayer(claims.findByPatientControlNumber(payment.patientControlNumber()));
            if (target == null) {
                unmatched.add(payment);
                continue;
            }
            TransitionResult result = target.lifecycle().move(payment.adjudicatedStatus(), now, ACTOR,
                    "trace " + remittance.traceNumber() + ", CLP02 " + payment.status().code());
            if (result instanceof TransitionResult.Moved moved) {
                ClaimLifecycle lifecycle = moved.lifecycle();
                claims.updateLifecycle(lifecycle);
                if (!payment.payerClaimNumber().isBlank()) {
                    claims.recordPayerClaimNumber(lifecycle.claimId(), payment.payerClaimNumber());
                }
                posted.add(lifecycle.claimId());
            } else {
                unmatched.add(payment);
            }
        }
        LOG.log(Level.INFO, "remittance {0}: {1} claims posted, {2} unmatched", remittance.traceNumber(),
                posted.size(), unmatched.size());
        return new Result(posted, unmatched);
    }

    private static StoredClaim withPayer(List<StoredClaim> candidates) {
        StoredClaim latest = null;
        for (StoredClaim c : candidates) {
            ClaimStatus status = c.lifecycle().status();
            if (status == ClaimStatus.SENT_TO_PAYER || status == ClaimStatus.ACKNOWLEDGED) {
                latest = c;
            }
        }
        return latest;
    }
}
