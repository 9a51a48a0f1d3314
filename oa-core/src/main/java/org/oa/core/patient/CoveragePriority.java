package org.oa.core.patient;

/** Which payer pays first (SBR01): primary {@code P}, secondary {@code S}, tertiary {@code T}. */
public enum CoveragePriority {
    PRIMARY("P"), SECONDARY("S"), TERTIARY("T");

    private final String code;

    CoveragePriority(String code) {
        this.code = code;
    }

    /** The X12 code. */
    public String code() {
        return code;
    }
}
