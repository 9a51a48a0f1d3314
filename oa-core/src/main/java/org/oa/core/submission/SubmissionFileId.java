package org.oa.core.submission;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a submission file.
 *
 * @param value random UUID assigned on receipt
 */
public record SubmissionFileId(UUID value) {

    public SubmissionFileId {
        Objects.requireNonNull(value, "submission file ID value");
    }

    /** Returns a new random ID. */
    public static SubmissionFileId random() {
        return new SubmissionFileId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
