package org.oa.security.audit;

import java.util.Objects;

/**
 * The result of {@link AuditTrail#verify()}.
 *
 * @param intact           {@code true} when every entry is present and unchanged
 * @param entriesChecked   how many entries were read
 * @param firstBadSequence the sequence of the first bad entry (edited, unreadable, missing, or the checkpointed
 *                         one that no longer matches); 0 when intact
 * @param problem          what was found first
 */
public record AuditVerification(boolean intact, long entriesChecked, long firstBadSequence, Problem problem) {

    /** What verification found. */
    public enum Problem {
        /** The chain is whole. */
        NONE,
        /** An entry's content or hash does not match the chain (or its key). */
        EDITED,
        /** An entry is missing (a gap in the sequence, or entries cut off the end). */
        DELETED,
        /** A row cannot be read as an entry at all (an unknown action, a malformed value). */
        UNREADABLE,
        /**
         * The trail does not match a signed checkpoint kept outside the database: rewritten or cut short since, or
         * the checkpoint itself is not one this key signed.
         */
        CHECKPOINT_MISMATCH
    }

    /** Validates the fields. */
    public AuditVerification {
        Objects.requireNonNull(problem, "problem");
        if (intact != (problem == Problem.NONE)) {
            throw new IllegalArgumentException("intact must match problem");
        }
    }
}
