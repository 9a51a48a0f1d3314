package org.oa.core.patient;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a stored coverage of a patient.
 *
 * @param value random UUID assigned when the coverage was registered
 */
public record CoverageId(UUID value) {

    public CoverageId {
        Objects.requireNonNull(value, "coverage ID value");
    }

    /** Returns a new random coverage ID. */
    public static CoverageId random() {
        return new CoverageId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
