package org.oa.security.audit;

import java.time.Instant;

/**
 * Which entries to find; a {@code null} criterion matches everything. Results are in sequence order.
 *
 * @param account only this account, or {@code null}
 * @param action  only this action, or {@code null}
 * @param from    at or after this instant, or {@code null}
 * @param to      before this instant, or {@code null}
 * @param limit   at most this many entries (1..10000)
 */
public record AuditQuery(org.oa.security.account.AccountId account, AuditAction action, Instant from, Instant to,
        int limit) {

    /** Validates the limit and the interval. */
    public AuditQuery {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be 1..10000");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from");
        }
    }

    /** @return a query for every entry, up to 10000 */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, 10_000);
    }
}
