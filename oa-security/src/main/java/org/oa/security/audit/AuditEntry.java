package org.oa.security.audit;

import java.time.Instant;
import java.util.Objects;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;

/**
 * A stored audit entry.
 *
 * @param sequence   position in the chain, from 1 without gaps
 * @param occurredAt when it was appended (millisecond precision)
 * @param action     what happened
 * @param account    who it concerns, or {@code null}
 * @param portal     where, or {@code null}
 * @param detail     a short note, possibly empty
 * @param hash       hex SHA-256 over the previous entry's hash and this entry's canonical form
 * @param patient    the patient's UUID (lower case) when the entry is about one patient's data, else {@code null}
 */
public record AuditEntry(long sequence, Instant occurredAt, AuditAction action, AccountId account, Portal portal,
        String detail, String hash, String patient) {

    /** Validates the fields. */
    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(hash, "hash");
    }

    /**
     * An entry that is not about one patient.
     *
     * @param sequence   position in the chain
     * @param occurredAt when it was appended
     * @param action     what happened
     * @param account    who it concerns, or {@code null}
     * @param portal     where, or {@code null}
     * @param detail     a short note, possibly empty
     * @param hash       the entry's hash
     */
    public AuditEntry(long sequence, Instant occurredAt, AuditAction action, AccountId account, Portal portal,
            String detail, String hash) {
        this(sequence, occurredAt, action, account, portal, detail, hash, null);
    }
}
