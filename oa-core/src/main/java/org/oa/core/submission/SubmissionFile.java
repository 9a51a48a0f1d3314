package org.oa.core.submission;

import java.time.Instant;
import java.util.Objects;

import org.oa.core.practice.PracticeId;

/**
 * One file of claims received for a practice. The file name is the submitter's and may be shown to the
 * practice; it is not expected to carry PHI. Immutable.
 *
 * @param id            the file's ID
 * @param practiceId    the practice it belongs to
 * @param fileName      the name it was received under, 1 to 255 characters
 * @param channel       how it arrived
 * @param receivedAt    when it arrived
 * @param sizeBytes     its size in bytes, zero or more
 * @param status        received, processed or failed
 * @param failureReason why it could not be read (FAILED) or which file it repeats (DUPLICATE), empty otherwise
 */
public record SubmissionFile(SubmissionFileId id, PracticeId practiceId, String fileName, SubmissionChannel channel,
                             Instant receivedAt, long sizeBytes, SubmissionFileStatus status, String failureReason) {

    public SubmissionFile {
        Objects.requireNonNull(id, "submission file id");
        Objects.requireNonNull(practiceId, "submission file practiceId");
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw new IllegalArgumentException("submission file fileName must be 1 to 255 characters");
        }
        Objects.requireNonNull(channel, "submission file channel");
        Objects.requireNonNull(receivedAt, "submission file receivedAt");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("submission file sizeBytes must not be negative");
        }
        Objects.requireNonNull(status, "submission file status");
        failureReason = Objects.requireNonNullElse(failureReason, "");
        if (status.hasReason() == failureReason.isEmpty()) {
            throw new IllegalArgumentException(
                    "submission file failureReason is required exactly when FAILED or DUPLICATE");
        }
    }

    /** Returns a newly received file. */
    public static SubmissionFile received(PracticeId practiceId, String fileName, SubmissionChannel channel,
                                          Instant receivedAt, long sizeBytes) {
        return new SubmissionFile(SubmissionFileId.random(), practiceId, fileName, channel, receivedAt, sizeBytes,
                SubmissionFileStatus.RECEIVED, "");
    }

    /** Returns this file marked processed. */
    public SubmissionFile processed() {
        return new SubmissionFile(id, practiceId, fileName, channel, receivedAt, sizeBytes,
                SubmissionFileStatus.PROCESSED, "");
    }

    /** Returns this file marked a duplicate of an earlier file, with the reason (no PHI). */
    public SubmissionFile duplicate(String reason) {
        return new SubmissionFile(id, practiceId, fileName, channel, receivedAt, sizeBytes,
                SubmissionFileStatus.DUPLICATE, reason);
    }

    /** Returns this file marked failed, with the reason it could not be read (no PHI). */
    public SubmissionFile failed(String reason) {
        return new SubmissionFile(id, practiceId, fileName, channel, receivedAt, sizeBytes,
                SubmissionFileStatus.FAILED, reason);
    }
}
