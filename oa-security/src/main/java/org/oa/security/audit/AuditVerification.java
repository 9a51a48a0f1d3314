package org.oa.security.audit;

import java.util.Objects;

/**
 * The result of {@link AuditTrail#verify()}.
 *
 * @param intact          {@code true} when every entry is present and unchanged
 * @param entriesChecked  how many entries were read
 * @param firstBadSequence the sequence of the first edited entry, or the first missing one; 0 when intact
 * @param problem         {@link Problem#NONE}, {@link Problem#EDITED} or {@link Problem#DELETED}
 */
public record AuditVerification(boolean intact, long entriesChecked, long firstBadSequence, Problem problem) {

    /** What verification found. */
    public enum Problem {
        /** The chain is whole. */
        NONE,
        /** An entry's content or hash does not match the chain. */
        EDITED,
        /** An entry is missing (a gap in the sequence). */
        DELETED
    }

    /** Validates the fields. */
    public AuditVerification {
        Objects.requireNonNull(problem, "problem");
        if (intact != (problem == Problem.NONE)) {
            throw new IllegalArgumentException("intact must match problem");
        }
    }
}
