package org.oa.core.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.oa.core.claim.ClaimFrequency;
import org.oa.core.claim.ClaimId;

/**
 * A claim's status with its full history. Immutable: {@link #move} returns a new lifecycle. A replacement (7)
 * or void (8) claim links to the claim it replaces or voids in {@link #originalClaim()}. Thread-safe.
 *
 * @param claimId       the claim
 * @param frequency     original, replacement or void
 * @param originalClaim for a replacement or void, OA's ID of the original claim; null for an original
 * @param history       every status change, oldest first; the first entry is RECEIVED
 */
public record ClaimLifecycle(ClaimId claimId, ClaimFrequency frequency, ClaimId originalClaim,
                             List<StatusChange> history) {

    public ClaimLifecycle {
        Objects.requireNonNull(claimId, "lifecycle claimId");
        Objects.requireNonNull(frequency, "lifecycle frequency");
        history = List.copyOf(Objects.requireNonNull(history, "lifecycle history"));
        if (history.isEmpty() || history.get(0).to() != ClaimStatus.RECEIVED) {
            throw new IllegalArgumentException("lifecycle history must start with RECEIVED");
        }
        if (frequency.refersToOriginal() != (originalClaim != null)) {
            throw new IllegalArgumentException(
                    "lifecycle originalClaim is required for replacement and void claims and only for them");
        }
    }

    /** Starts the lifecycle of an original claim in status RECEIVED. */
    public static ClaimLifecycle received(ClaimId claimId, Instant at, String actor, String reason) {
        return new ClaimLifecycle(claimId, ClaimFrequency.ORIGINAL, null,
                List.of(new StatusChange(null, ClaimStatus.RECEIVED, at, actor, reason)));
    }

    /** Starts the lifecycle of a replacement or void claim, linked to the original it replaces or voids. */
    public static ClaimLifecycle receivedFor(ClaimId claimId, ClaimFrequency frequency, ClaimId originalClaim,
                                             Instant at, String actor, String reason) {
        Objects.requireNonNull(originalClaim, "originalClaim");
        return new ClaimLifecycle(claimId, frequency, originalClaim,
                List.of(new StatusChange(null, ClaimStatus.RECEIVED, at, actor, reason)));
    }

    /** The current status. */
    public ClaimStatus status() {
        return history.get(history.size() - 1).to();
    }

    /** The latest change. */
    public StatusChange lastChange() {
        return history.get(history.size() - 1);
    }

    /**
     * Moves the claim to {@code target}, or explains why it may not: the transition must be allowed by
     * {@link ClaimStatus#canMoveTo(ClaimStatus)} and {@code at} must not be before the last change.
     */
    public TransitionResult move(ClaimStatus target, Instant at, String actor, String reason) {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
        ClaimStatus current = status();
        if (!current.canMoveTo(target)) {
            String allowed = current.isFinal() ? "none: " + current + " is final" : current.nextStatuses().toString();
            return new TransitionResult.Refused(current, target,
                    "a claim in status " + current + " cannot move to " + target + "; allowed: " + allowed);
        }
        if (at.isBefore(lastChange().at())) {
            return new TransitionResult.Refused(current, target,
                    "the change to " + target + " is dated before the last recorded change");
        }
        List<StatusChange> next = new ArrayList<>(history.size() + 1);
        next.addAll(history);
        next.add(new StatusChange(current, target, at, actor, reason));
        return new TransitionResult.Moved(new ClaimLifecycle(claimId, frequency, originalClaim, next));
    }

    /** Like {@link #move}, for callers that know the transition is legal; throws if it is not. */
    public ClaimLifecycle moveOrThrow(ClaimStatus target, Instant at, String actor, String reason) {
        TransitionResult result = move(target, at, actor, reason);
        if (result instanceof TransitionResult.Moved moved) {
            return moved.lifecycle();
        }
        throw new IllegalTransitionException(((TransitionResult.Refused) result).explanation());
    }
}
