package org.oa.core.submission;

/** Where a submission file stands. */
public enum SubmissionFileStatus {
    /** Stored, not yet read. */
    RECEIVED,
    /** Read; each claim was accepted or rejected (see the file summary report). */
    PROCESSED,
    /** Could not be read at all; no claims were created. */
    FAILED
}
