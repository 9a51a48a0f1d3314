package org.oa.core.remittance;

import java.util.Optional;

/** The claim adjustment group code (CAS01): who bears an adjustment. */
public enum AdjustmentGroup {
    /** CO: contractual obligation, the provider writes it off. */
    CO,
    /** PR: patient responsibility (deductible, coinsurance, copay). */
    PR,
    /** OA: other adjustment. */
    OA,
    /** PI: payer-initiated reduction. */
    PI,
    /** CR: correction or reversal of an earlier adjudication. */
    CR;

    /** Returns the group with this code, or empty. */
    public static Optional<AdjustmentGroup> fromCode(String code) {
        for (AdjustmentGroup g : values()) {
            if (g.name().equals(code)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
