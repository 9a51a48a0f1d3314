package org.oa.edi.validation;

/** The acknowledgment code list a {@link Problem#code()} belongs to. */
public enum ProblemKind {
    /** TA1 interchange note code (TA105), e.g. 001 control number mismatch; the interchange is rejected. */
    INTERCHANGE_TA1,
    /** AK905 functional group syntax error code, e.g. 4 control number mismatch. */
    GROUP_AK905,
    /** IK502 transaction set syntax error code, e.g. 4 segment count mismatch. */
    TRANSACTION_IK502,
    /** IK304 segment syntax error code, e.g. 3 mandatory segment missing. */
    SEGMENT_IK304,
    /** IK403 element syntax error code, e.g. 7 invalid code value (the IK3 carries code 8). */
    ELEMENT_IK403,
    /**
     * Business edit (balancing, front-end checks such as NPI check digit or diagnosis pointers). These reject
     * the claim they belong to and make the 999 say "accepted with errors"; they are reported in detail in the
     * file report (and later in a 277CA), not as IK3/IK4 segments.
     */
    CLAIM_EDIT
}
