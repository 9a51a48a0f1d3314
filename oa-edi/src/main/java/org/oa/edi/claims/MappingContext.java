package org.oa.edi.claims;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.oa.core.claim.ClaimId;
import org.oa.core.patient.PatientId;
import org.oa.core.practice.PracticeId;

/**
 * What mapping needs besides the file: the practice that sent it (837 files do not carry OA's tenant) and how
 * claims and patients get OA IDs. Immutable; thread-safe when its functions are.
 *
 * @param practiceId the practice every mapped claim belongs to
 * @param claimIds   gives each mapped claim its ID; {@link ClaimId#random()} by default
 * @param patientIds gives the patient of a claim an ID; by default {@link #derivedPatientIds()}
 */
public record MappingContext(PracticeId practiceId, Supplier<ClaimId> claimIds, PatientIds patientIds) {

    /** Finds or makes the ID of a claim's patient. Implementations must not log their arguments (PHI). */
    @FunctionalInterface
    public interface PatientIds {
        /**
         * Returns the ID of the patient.
         *
         * @param practiceId the practice
         * @param memberId   the subscriber's member ID (may be empty)
         * @param lastName   the patient's last name
         * @param firstName  the patient's first name
         * @param birthDate  the patient's birth date, or null
         */
        PatientId idOf(PracticeId practiceId, String memberId, String lastName, String firstName,
                LocalDate birthDate);
    }

    public MappingContext {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(claimIds, "claimIds");
        Objects.requireNonNull(patientIds, "patientIds");
    }

    /** A context for {@code practiceId} with random claim IDs and derived patient IDs. */
    public static MappingContext forPractice(PracticeId practiceId) {
        return new MappingContext(practiceId, ClaimId::random, derivedPatientIds());
    }

    /**
     * Patient IDs derived from the practice, member ID, names and birth date (a name-based UUID), so that the
     * same patient gets the same ID in every file of the practice and the duplicate-claim edit can compare
     * claims. A practice that registers patients should map to its own IDs instead.
     */
    public static PatientIds derivedPatientIds() {
        return (practice, memberId, last, first, birth) -> new PatientId(UUID.nameUUIDFromBytes(
                ("oa-edi-patient|" + practice + '|' + memberId + '|' + last + '|' + first + '|' + birth)
                        .getBytes(StandardCharsets.UTF_8)));
    }
}
