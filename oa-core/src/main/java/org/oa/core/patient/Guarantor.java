package org.oa.core.patient;

import java.util.Objects;

/**
 * Who is responsible for the patient's bill: the patient (self) or another person, e.g. a parent. Statements are
 * addressed to the guarantor. {@link #toString()} shows only the relationship. Immutable and thread-safe.
 *
 * @param relationship the patient's relationship to the guarantor; {@code SELF} when the patient pays
 * @param person       the guarantor when not the patient, otherwise null
 */
public record Guarantor(PatientRelationship relationship, RelatedPerson person) {

    private static final Guarantor SELF = new Guarantor(PatientRelationship.SELF, null);

    public Guarantor {
        Objects.requireNonNull(relationship, "guarantor relationship");
        if (relationship == PatientRelationship.SELF && person != null) {
            throw new IllegalArgumentException("guarantor person must be empty when the patient is the guarantor");
        }
        if (relationship != PatientRelationship.SELF && person == null) {
            throw new IllegalArgumentException("guarantor person is required unless the patient is the guarantor");
        }
    }

    /** The patient is their own guarantor. */
    public static Guarantor self() {
        return SELF;
    }

    /** Another person is the guarantor; {@code relationship} is the patient's relationship to them. */
    public static Guarantor of(PatientRelationship relationship, RelatedPerson person) {
        return new Guarantor(relationship, person);
    }

    /** Whether the patient is their own guarantor. */
    public boolean isSelf() {
        return relationship == PatientRelationship.SELF;
    }

    @Override
    public String toString() {
        return "Guarantor[relationship=" + relationship + "]";
    }
}
