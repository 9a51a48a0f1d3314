package org.oa.core.lifecycle;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded change of a claim's status. The reason is business text without PHI, e.g.
 * "front-end edits: BILLING_NPI" or "277CA A3:21".
 *
 * @param from   the status before, or null for the first entry (received)
 * @param to     the status after
 * @param at     when it happened
 * @param actor  who did it: a user name or a system part such as {@code front-end-edits}
 * @param reason why, empty when there is nothing to say
 */
public record StatusChange(ClaimStatus from, ClaimStatus to, Instant at, String actor, String reason) {

    public StatusChange {
        Objects.requireNonNull(to, "status change to");
        Objects.requireNonNull(at, "status change at");
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("status change actor is required");
        }
        reason = Objects.requireNonNullElse(reason, "");
    }
}
