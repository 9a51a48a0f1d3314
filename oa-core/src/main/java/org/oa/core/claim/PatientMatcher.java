package org.oa.core.claim;

import java.util.List;
import java.util.Objects;

import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRepository;

/**
 * Links an incoming claim (an 837, the API) to the practice's patient record: when the subscriber's member ID,
 * the patient's birth date and the patient's last name (ignoring case and accents) match exactly one patient of
 * the practice. Otherwise the claim stays unlinked; a claim never creates a patient. Stateless apart from its
 * repository, so not thread-safe: one per unit of work.
 *
 * <pre>{@code
 * PatientMatcher matcher = new PatientMatcher(CoreRepositories.patients(em, practice, audit));
 * PatientMatch match = matcher.match(claim);
 * claims.addAll(List.of(new NewClaim(claim, lifecycle, match.patientId())), file);
 * }</pre>
 */
public final class PatientMatcher {

    private final PatientRepository patients;

    /** A matcher over the patients of {@code patients}' practice. */
    public PatientMatcher(PatientRepository patients) {
        this.patients = Objects.requireNonNull(patients, "patients");
    }

    /** Finds the patient {@code claim} belongs to; the claim must be of the repository's practice. */
    public PatientMatch match(Claim claim) {
        if (!claim.practiceId().equals(patients.practiceId())) {
            throw new IllegalArgumentException("claim " + claim.id() + " belongs to another practice");
        }
        String memberId = claim.subscriber().memberId();
        String lastName = claim.patient().lastName().strip();
        if (memberId.isEmpty() || lastName.isEmpty() || claim.patient().birthDate() == null) {
            return PatientMatch.unlinked(PatientMatch.Outcome.INCOMPLETE_CLAIM);
        }
        List<PatientId> candidates = patients.findClaimCandidates(memberId, claim.patient().birthDate(), lastName);
        if (candidates.isEmpty()) {
            return PatientMatch.unlinked(PatientMatch.Outcome.NO_MATCH);
        }
        if (candidates.size() > 1) {
            return PatientMatch.unlinked(PatientMatch.Outcome.SEVERAL_MATCHES);
        }
        return new PatientMatch(PatientMatch.Outcome.MATCHED, candidates.get(0));
    }

    /**
     * Matches a stored claim and, when it matches one patient, records the link in {@code claims} (same practice).
     * A claim that matches nothing keeps any link it had.
     */
    public PatientMatch link(Claim claim, ClaimRepository claims) {
        if (!claims.practiceId().equals(patients.practiceId())) {
            throw new IllegalArgumentException("the claim repository is of another practice");
        }
        PatientMatch match = match(claim);
        if (match.outcome() == PatientMatch.Outcome.MATCHED && !claims.linkPatientRecord(claim.id(),
                match.patientId())) {
            throw new IllegalArgumentException("claim " + claim.id() + " is not stored");
        }
        return match;
    }
}
