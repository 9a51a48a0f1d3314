package org.oa.core.claim;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.oa.core.edit.ClaimHistory;
import org.oa.core.lifecycle.ClaimLifecycle;
import org.oa.core.lifecycle.ClaimStatus;
import org.oa.core.patient.PatientId;
import org.oa.core.practice.PracticeId;
import org.oa.core.submission.ClaimIntake;
import org.oa.core.submission.SubmissionFileId;

/**
 * Stores the claims of <em>one</em> practice with their lifecycles. An implementation is created for one
 * {@link PracticeId}; no method reads or changes another practice's claims: a claim of another practice is
 * "not found", and storing one is refused with {@link IllegalArgumentException}. Implementations join the
 * caller's transaction and are not thread-safe: one per unit of work. Claims are stored as submitted; text
 * longer than X12 allows (80 characters for codes and identifiers, 255 for names and addresses) does not fit
 * the columns and fails with the provider's persistence exception.
 */
public interface ClaimRepository {

    /** The practice this repository is scoped to. */
    PracticeId practiceId();

    /** Stores a new claim with its lifecycle; {@code file} is the file it came in, or null. */
    void add(Claim claim, ClaimLifecycle lifecycle, SubmissionFileId file);

    /**
     * Stores new claims with their lifecycles, in list order, as {@link #add} would one by one, but written in
     * batches: for storing the claims of a whole submission file. {@code file} is the file they came in, or
     * null. Nothing is written when one of them belongs to another practice. Needs an active transaction; when
     * storing fails, that transaction must be rolled back (a resource-local one is marked rollback-only).
     */
    void addAll(List<NewClaim> claims, SubmissionFileId file);

    /** Finds a claim of this practice. */
    Optional<StoredClaim> find(ClaimId id);

    /** Replaces a stored claim's content (Claim Fix); returns false when this practice has no such claim. */
    boolean replace(Claim corrected);

    /** Stores a claim's new lifecycle; returns false when this practice has no such claim. */
    boolean updateLifecycle(ClaimLifecycle lifecycle);

    /**
     * Records the claim control number the payer assigned (277CA or 835); returns false when this practice has
     * no such claim.
     */
    boolean recordPayerClaimNumber(ClaimId id, String payerClaimNumber);

    /**
     * Links a stored claim to a patient record of the practice (Online Claim Entry, a visit, or
     * {@link PatientMatcher}); false when this practice has no such claim or no such patient.
     */
    boolean linkPatientRecord(ClaimId id, PatientId patientRecord);

    /** Claims linked to this patient record, newest first, at most {@code limit}. */
    List<StoredClaim> findByPatientRecord(PatientId patientRecord, int limit);

    /** Finds the claim to which the payer assigned this claim control number. */
    Optional<StoredClaim> findByPayerClaimNumber(String payerClaimNumber);

    /** Finds originals of replacement and void claims for {@link ClaimIntake}, within this practice only. */
    default ClaimIntake.OriginalClaims originalClaims() {
        return (practice, number) -> practice.equals(practiceId())
                ? findByPayerClaimNumber(number).map(stored -> stored.claim().id()).orElse(null)
                : null;
    }

    /** Claims that match {@code search}, newest first, at most {@code limit}. */
    default List<StoredClaim> search(ClaimSearch search, int limit) {
        return page(search, ClaimOrder.NEWEST_FIRST, 0, limit).claims();
    }

    /**
     * One page of the claims that match {@code search} in {@code order}, with the number that match in all (Manage
     * Claims' grid). Every criterion, the service dates included, is applied by the database, so pages are exact.
     *
     * @throws IllegalArgumentException when {@code offset} is negative or {@code limit} is not positive
     */
    ClaimPage page(ClaimSearch search, ClaimOrder order, int offset, int limit);

    /** How many of the practice's claims are in each status (statuses without claims are left out). */
    Map<ClaimStatus, Long> countByStatus();

    /** Claims in {@code status}, oldest first, at most {@code limit}. */
    List<StoredClaim> findByStatus(ClaimStatus status, int limit);

    /** Claims with this patient control number (CLM01), e.g. to match a 277CA or an 835. */
    List<StoredClaim> findByPatientControlNumber(String patientControlNumber);

    /** Claims that came in {@code file}, in file order. */
    List<StoredClaim> findBySubmissionFile(SubmissionFileId file);

    /** The practice's claim history for the duplicate-claim edit, backed by this repository's queries. */
    ClaimHistory history();

    /**
     * A claim to store with {@link #addAll}, with its lifecycle and the patient record it is linked to (null for
     * none; it must be a patient of the practice).
     */
    record NewClaim(Claim claim, ClaimLifecycle lifecycle, PatientId patientRecordId) {
        public NewClaim {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(lifecycle, "lifecycle");
            if (!claim.id().equals(lifecycle.claimId())) {
                throw new IllegalArgumentException("lifecycle must belong to the claim");
            }
        }

        /** A claim not linked to a patient record. */
        public NewClaim(Claim claim, ClaimLifecycle lifecycle) {
            this(claim, lifecycle, null);
        }
    }
}
