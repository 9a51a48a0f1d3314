package org.oa.core.claim;

import java.util.Optional;

/** The claim frequency code (CLM05-3): whether a claim is new, replaces an earlier one or voids it. */
public enum ClaimFrequency {
    /** {@code 1}: the first submission of this claim. */
    ORIGINAL("1"),
    /** {@code 7}: replaces a claim the payer already has; carries the payer's original claim number. */
    REPLACEMENT("7"),
    /** {@code 8}: voids a claim the payer already has; carries the payer's original claim number. */
    VOID("8");

    private final String code;

    ClaimFrequency(String code) {
        this.code = code;
    }

    /** The one-character X12 code. */
    public String code() {
        return code;
    }

    /** Returns true for replacement and void, which must refer to the payer's original claim. */
    public boolean refersToOriginal() {
        return this != ORIGINAL;
    }

    /** Returns the frequency with this code, or empty when OA does not accept the code. */
    public static Optional<ClaimFrequency> fromCode(String code) {
        if (code != null && code.length() == 1) {
            switch (code.charAt(0)) {
                case '1':
                    return Optional.of(ORIGINAL);
                case '7':
                    return Optional.of(REPLACEMENT);
                case '8':
                    return Optional.of(VOID);
                default:
                    break;
            }
        }
        return Optional.empty();
    }
}
