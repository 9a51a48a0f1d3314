package org.oa.core.claim;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a claim inside OA (not the patient control number, which the practice chooses).
 *
 * @param value random UUID assigned when the claim was received
 */
public record ClaimId(UUID value) {

    public ClaimId {
        Objects.requireNonNull(value, "claim ID value");
    }

    /** Returns a new random claim ID. */
    public static ClaimId random() {
        return new ClaimId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
