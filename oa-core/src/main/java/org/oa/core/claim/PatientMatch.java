package org.oa.core.claim;

import java.util.Objects;
import java.util.Optional;

import org.oa.core.patient.PatientId;

/**
 * What {@link PatientMatcher} found for a claim: the one patient of the practice it belongs to, or why it stays
 * unlinked. Immutable.
 *
 * @param outcome   what was found
 * @param patientId the matched patient when the outcome is {@link Outcome#MATCHED}, otherwise null
 */
public record PatientMatch(Outcome outcome, PatientId patientId) {

    /** The outcomes of matching a claim. */
    public enum Outcome {
        /** Exactly one patient has the member ID, birth date and last name. */
        MATCHED,
        /** No patient of the practice matches. */
        NO_MATCH,
        /** Several patients match: a person must decide, so the claim stays unlinked. */
        SEVERAL_MATCHES,
        /** The claim lacks a member ID, the patient's birth date or last name. */
        INCOMPLETE_CLAIM
    }

    public PatientMatch {
        Objects.requireNonNull(outcome, "match outcome");
        if ((outcome == Outcome.MATCHED) != (patientId != null)) {
            throw new IllegalArgumentException("match patientId must be given exactly when matched");
        }
    }

    /** The matched patient, or empty when the claim stays unlinked. */
    public Optional<PatientId> patient() {
        return Optional.ofNullable(patientId);
    }

    static PatientMatch unlinked(Outcome outcome) {
        return new PatientMatch(outcome, null);
    }
}
