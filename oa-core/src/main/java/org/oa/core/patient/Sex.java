package org.oa.core.patient;

/** Administrative sex as an 837 carries it (DMG03): {@code F}, {@code M} or {@code U} unknown. */
public enum Sex {
    FEMALE("F"), MALE("M"), UNKNOWN("U");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The X12 code. */
    public String code() {
        return code;
    }
}
