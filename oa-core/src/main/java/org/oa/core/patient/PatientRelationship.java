package org.oa.core.patient;

import java.util.Optional;

/**
 * The patient's relationship to the subscriber, with the X12 individual relationship codes of 5010
 * (SBR02 / PAT01).
 */
public enum PatientRelationship {
    SPOUSE("01"), SELF("18"), CHILD("19"), EMPLOYEE("20"), UNKNOWN("21"), ORGAN_DONOR("39"),
    CADAVER_DONOR("40"), LIFE_PARTNER("53"), OTHER("G8");

    private final String code;

    PatientRelationship(String code) {
        this.code = code;
    }

    /** The X12 code, e.g. {@code 18} for self. */
    public String code() {
        return code;
    }

    /** Returns the relationship with this X12 code, or empty when the code is not a 5010 code. */
    public static Optional<PatientRelationship> fromCode(String code) {
        if (code != null) {
            for (PatientRelationship r : values()) {
                if (r.code.equals(code)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }
}
