package org.oa.edi.stream;

/** Events returned by {@link X12Reader#next()}; the current segment is available for all but {@link #PROBLEM}. */
public enum X12Event {
    /** An ISA segment; delimiters have changed to this interchange's. */
    START_INTERCHANGE,
    /** A GS segment. */
    START_GROUP,
    /** An ST segment; the transaction segment position restarts at 1. */
    START_TRANSACTION,
    /** Any other segment, including TA1 between or outside groups. */
    SEGMENT,
    /** An SE segment. */
    END_TRANSACTION,
    /** A GE segment. */
    END_GROUP,
    /** An IEA segment. */
    END_INTERCHANGE,
    /**
     * A lexical problem: data that is not X12, an oversized segment (skipped), bytes between interchanges, or a
     * truncated file. {@link X12Reader#problem()} describes it.
     */
    PROBLEM
}
