package org.oa.security.audit;

import java.io.IOException;
import java.util.List;

/**
 * The append-only audit trail. Obtained from {@link org.oa.security.OaSecurity#audit()}; thread-safe and safe
 * across nodes (appends take turns on the chain's head row, one short transaction each).
 */
public interface AuditTrail {

    /**
     * Appends an event the application observed (role choice, sign-out). Sign-in, lockout, unlock and
     * password events are recorded by this library itself.
     *
     * @param event what happened
     * @return the stored entry
     */
    AuditEntry record(AuditEvent event);

    /**
     * @param query the criteria
     * @return matching entries in sequence order
     */
    List<AuditEntry> search(AuditQuery query);

    /**
     * The newest matching entries first, at most {@code query.limit()} of them: what an administrator's list shows,
     * however long the trail has grown.
     *
     * @param query the criteria
     * @return matching entries, newest first
     */
    List<AuditEntry> searchNewestFirst(AuditQuery query);

    /**
     * Recomputes the chain from the first entry. Rows that cannot be read are reported, never thrown.
     *
     * @return whether it is whole, and where it first breaks
     */
    AuditVerification verify();

    /**
     * Recomputes the chain and compares it with signed checkpoints kept outside the database: each must be signed
     * with this trail's key and name an entry whose hash it records, none may be newer than the trail, and no entry
     * after the first keyed one may be unkeyed. A chain rewritten or cut short with database access alone fails.
     *
     * @param checkpoints checkpoints from {@link #checkpoint()}, kept elsewhere, any order
     * @return whether it is whole, and where it first breaks
     */
    AuditVerification verify(java.util.Collection<AuditCheckpoint> checkpoints);

    /**
     * The chain's current head, signed with the audit key, to be written outside the database.
     *
     * @return the checkpoint
     * @throws IllegalStateException when the trail has no audit key
     */
    AuditCheckpoint checkpoint();

    /**
     * Writes matching entries as RFC 4180 CSV with a header line ({@code
     * sequence,occurred_at,action,account,portal,detail,hash,patient}; the patient column is last and empty for
     * entries about no patient). Cells starting with {@code = + - @}, a tab or
     * a carriage return are prefixed with a single quote so spreadsheets do not run them as formulas.
     *
     * @param query the criteria
     * @param out   where to write
     * @throws IOException when {@code out} fails
     */
    void exportCsv(AuditQuery query, Appendable out) throws IOException;

    /**
     * Writes the given entries (for example a search narrowed further by the caller, such as to one practice's
     * accounts) as CSV in the same form and with the same formula protection as {@link #exportCsv(AuditQuery,
     * Appendable)}.
     *
     * @param entries the entries, in the order to write
     * @param out     where to write
     * @throws IOException when {@code out} fails
     */
    void exportCsv(java.util.List<AuditEntry> entries, Appendable out) throws IOException;
}
