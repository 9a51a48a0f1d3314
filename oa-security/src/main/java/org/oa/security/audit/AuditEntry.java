package org.oa.security.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
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
 * @param practice   the practice the entry belongs to, or {@code null} (no practice known, or written before the
 *                   trail recorded practices: schema version 9)
 */
public record AuditEntry(long sequence, Instant occurredAt, AuditAction action, AccountId account, Portal portal,
        String detail, String hash, String patient, UUID practice) {

    /** Validates the fields. */
    public AuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(hash, "hash");
    }

    /**
     * An entry without a practice.
     *
     * @param sequence   position in the chain
     * @param occurredAt when it was appended
     * @param action     what happened
     * @param account    who it concerns, or {@code null}
     * @param portal     where, or {@code null}
     * @param detail     a short note, possibly empty
     * @param hash       the entry's hash
     * @param patient    the patient's UUID, or {@code null}
     */
    public AuditEntry(long sequence, Instant occurredAt, AuditAction action, AccountId account, Portal portal,
            String detail, String hash, String patient) {
        this(sequence, occurredAt, action, account, portal, detail, hash, patient, null);
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
        this(sequence, occurredAt, action, account, portal, detail, hash, null, null);
    }
}
