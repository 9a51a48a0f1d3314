package org.oa.core.submission;

/** Where a submission file stands. */
public enum SubmissionFileStatus {
    /** Stored, not yet read. */
    RECEIVED,
    /** Read; each claim was accepted or rejected (see the file summary report). */
    PROCESSED,
    /** Could not be read at all; no claims were created. */
    FAILED,
    /** The same interchange (sender and ISA13) was processed before; not processed again, no claims created. */
    DUPLICATE;

    /** Returns true when the file was not processed and carries a reason. */
    public boolean hasReason() {
        return this == FAILED || this == DUPLICATE;
    }
}
