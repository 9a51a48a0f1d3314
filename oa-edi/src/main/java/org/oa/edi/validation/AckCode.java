package org.oa.edi.validation;

/** Acknowledgment codes of IK501 (per transaction set) and AK901 (per group). */
public enum AckCode {
    /** A: accepted. */
    ACCEPTED("A"),
    /** E: accepted, but errors were noted (here: claim-level edits rejected some claims). */
    ACCEPTED_WITH_ERRORS("E"),
    /** P: partially accepted, at least one transaction set was rejected (AK901 only). */
    PARTIALLY_ACCEPTED("P"),
    /** R: rejected. */
    REJECTED("R");

    private final String code;

    AckCode(String code) {
        this.code = code;
    }

    /** The one-letter X12 code. */
    public String code() {
        return code;
    }
}
