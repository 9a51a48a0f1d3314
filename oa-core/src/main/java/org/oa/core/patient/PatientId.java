package org.oa.core.patient;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies a patient within a practice.
 *
 * @param value random UUID assigned when the patient was registered
 */
public record PatientId(UUID value) {

    public PatientId {
        Objects.requireNonNull(value, "patient ID value");
    }

    /** Returns a new random patient ID. */
    public static PatientId random() {
        return new PatientId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
