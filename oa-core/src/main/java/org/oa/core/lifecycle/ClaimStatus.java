package org.oa.core.lifecycle;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a claim stands. The allowed transitions ({@link #canMoveTo(ClaimStatus)}):
 * <pre>
 * RECEIVED       → REJECTED, ACCEPTED                 (front-end edits)
 * REJECTED       → CORRECTED                          (Claim Fix)
 * CORRECTED      → REJECTED, ACCEPTED                 (front-end edits again)
 * ACCEPTED       → SENT_TO_PAYER                      (batched to the payer)
 * SENT_TO_PAYER  → ACKNOWLEDGED, PAYER_REJECTED       (277CA)
 *                → PAID, PARTIALLY_PAID, DENIED       (835 from a payer that sends no 277CA)
 * ACKNOWLEDGED   → PAID, PARTIALLY_PAID, DENIED       (835)
 * PAYER_REJECTED → CORRECTED                          (Claim Fix, then sent again)
 * PAID, PARTIALLY_PAID, DENIED: final; a change after adjudication is a replacement (7) or void (8) claim.
 * </pre>
 */
public enum ClaimStatus {
    RECEIVED, REJECTED, CORRECTED, ACCEPTED, SENT_TO_PAYER, ACKNOWLEDGED, PAYER_REJECTED, PAID, PARTIALLY_PAID,
    DENIED;

    private Set<ClaimStatus> next;

    static {
        RECEIVED.next = EnumSet.of(REJECTED, ACCEPTED);
        REJECTED.next = EnumSet.of(CORRECTED);
        CORRECTED.next = EnumSet.of(REJECTED, ACCEPTED);
        ACCEPTED.next = EnumSet.of(SENT_TO_PAYER);
        SENT_TO_PAYER.next = EnumSet.of(ACKNOWLEDGED, PAYER_REJECTED, PAID, PARTIALLY_PAID, DENIED);
        ACKNOWLEDGED.next = EnumSet.of(PAID, PARTIALLY_PAID, DENIED);
        PAYER_REJECTED.next = EnumSet.of(CORRECTED);
        PAID.next = EnumSet.noneOf(ClaimStatus.class);
        PARTIALLY_PAID.next = EnumSet.noneOf(ClaimStatus.class);
        DENIED.next = EnumSet.noneOf(ClaimStatus.class);
        for (ClaimStatus s : values()) {
            s.next = Collections.unmodifiableSet(s.next);
        }
    }

    /** Returns true when a claim in this status may move to {@code target}. */
    public boolean canMoveTo(ClaimStatus target) {
        return next.contains(target);
    }

    /** The statuses a claim in this status may move to; empty for final statuses. */
    public Set<ClaimStatus> nextStatuses() {
        return next;
    }

    /** Returns true for the adjudicated statuses, after which nothing changes. */
    public boolean isFinal() {
        return next.isEmpty();
    }
}
