package org.oa.core.remittance;

import java.util.Optional;

/** The claim status code of an 835 (CLP02). */
public enum ClaimPaymentStatus {
    PROCESSED_AS_PRIMARY("1"), PROCESSED_AS_SECONDARY("2"), PROCESSED_AS_TERTIARY("3"), DENIED("4"),
    PROCESSED_AS_PRIMARY_FORWARDED("19"), PROCESSED_AS_SECONDARY_FORWARDED("20"),
    PROCESSED_AS_TERTIARY_FORWARDED("21"), REVERSAL("22"), NOT_OUR_CLAIM_FORWARDED("23"),
    PREDETERMINATION("25");

    private final String code;

    ClaimPaymentStatus(String code) {
        this.code = code;
    }

    /** The X12 code. */
    public String code() {
        return code;
    }

    /** Returns the status with this code, or empty. */
    public static Optional<ClaimPaymentStatus> fromCode(String code) {
        for (ClaimPaymentStatus s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
