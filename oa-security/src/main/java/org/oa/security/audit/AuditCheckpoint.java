package org.oa.security.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * The head of the audit chain at one moment, signed with the audit key, to be kept outside the database (a file,
 * the log): a later check compares the trail with it, so a chain rewritten, cut short or extended by someone with
 * database access alone is detected. Made by {@link AuditTrail#checkpoint()}.
 *
 * @param sequence  the newest entry's sequence number (0 for an empty trail)
 * @param entryHash that entry's hash
 * @param at        when the checkpoint was taken
 * @param signature HMAC-SHA-256 over the other fields with the audit key, hex
 */
public record AuditCheckpoint(long sequence, String entryHash, Instant at, String signature) {

    public AuditCheckpoint {
        Objects.requireNonNull(entryHash, "entryHash");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(signature, "signature");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
    }

    /** One line of a checkpoint file: {@code sequence,entryHash,epochMillis,signature}. */
    public String line() {
        return sequence + "," + entryHash + "," + at.toEpochMilli() + "," + signature;
    }

    /**
     * Reads a line written by {@link #line()}.
     *
     * @throws IllegalArgumentException when the line is not one
     */
    public static AuditCheckpoint parse(String line) {
        String[] parts = line.strip().split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not an audit checkpoint line");
        }
        try {
            return new AuditCheckpoint(Long.parseLong(parts[0]), parts[1], Instant.ofEpochMilli(Long.parseLong(parts[2])),
                    parts[3]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an audit checkpoint line", e);
        }
    }
}
