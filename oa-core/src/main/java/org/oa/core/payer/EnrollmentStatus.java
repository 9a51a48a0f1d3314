package org.oa.core.payer;

/** Where a practice's enrollment with a payer for one transaction stands. */
public enum EnrollmentStatus {
    /** Sent to the payer, no answer yet. */
    REQUESTED,
    /** The payer accepts the transaction from this practice. */
    APPROVED,
    /** The payer refused; the practice must correct and request again. */
    REJECTED
}
