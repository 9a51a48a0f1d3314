package org.oa.security.audit;

import java.time.Instant;
import java.util.UUID;
import org.oa.security.account.AccountId;

/**
 * Which entries to find; a {@code null} criterion matches everything. Results are in sequence order.
 *
 * @param account only this account, or {@code null}
 * @param patient only entries about this patient (the patient's UUID), or {@code null}
 * @param action  only this action, or {@code null}
 * @param from    at or after this instant, or {@code null}
 * @param to      before this instant, or {@code null}
 * @param limit   at most this many entries (1..10000)
 * @param practice only entries of this practice, or {@code null}: entries recorded with the practice, and entries
 *                 without one (written before schema version 9) whose account belongs to it
 */
public record AuditQuery(AccountId account, String patient, AuditAction action, Instant from, Instant to,
        int limit, UUID practice) {

    /** Validates the limit, the interval and the patient's UUID (written in lower case). */
    public AuditQuery {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be 1..10000");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from");
        }
        patient = patient == null ? null : AuditEvent.patientId(patient);
    }

    /**
     * A query across all practices.
     *
     * @param account only this account, or {@code null}
     * @param patient only entries about this patient, or {@code null}
     * @param action  only this action, or {@code null}
     * @param from    at or after this instant, or {@code null}
     * @param to      before this instant, or {@code null}
     * @param limit   at most this many entries (1..10000)
     */
    public AuditQuery(AccountId account, String patient, AuditAction action, Instant from, Instant to, int limit) {
        this(account, patient, action, from, to, limit, null);
    }

    /**
     * @param practiceId the practice
     * @return the same query, narrowed to that practice's entries
     */
    public AuditQuery inPractice(UUID practiceId) {
        return new AuditQuery(account, patient, action, from, to, limit,
                java.util.Objects.requireNonNull(practiceId, "practice"));
    }

    /**
     * A query with no patient criterion.
     *
     * @param account only this account, or {@code null}
     * @param action  only this action, or {@code null}
     * @param from    at or after this instant, or {@code null}
     * @param to      before this instant, or {@code null}
     * @param limit   at most this many entries (1..10000)
     */
    public AuditQuery(AccountId account, AuditAction action, Instant from, Instant to, int limit) {
        this(account, null, action, from, to, limit);
    }

    /** @return a query for every entry, up to 10000 */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, 10_000);
    }
}
