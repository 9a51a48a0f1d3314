package org.oa.core.patient;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.oa.core.practice.PracticeId;
import org.oa.core.practice.RecordProblem;
import org.oa.core.practice.SaveResult;

/**
 * The patients of one practice. Created for one practice ({@code CoreRepositories.patients}): every query filters
 * on it, a lookup of another practice's patient ID finds nothing, and storing another practice's record is
 * refused with {@link IllegalArgumentException}. Every read and change is reported to the
 * {@link PatientRecordListener} given at creation. Implementations join the caller's transaction and are not
 * thread-safe: one per unit of work.
 */
public interface PatientRepository {

    /** The practice this repository works for. */
    PracticeId practiceId();

    /**
     * Registers a new patient and returns the record as stored (with its created and updated stamps). Refused,
     * nothing stored, with {@link RecordProblem.Code#ACCOUNT_NUMBER_TAKEN} when another patient of the practice
     * has the account number, {@link RecordProblem.Code#ID_TAKEN} when the ID is stored,
     * {@link RecordProblem.Code#EXTERNAL_ID_TAKEN} when another patient of the practice has its external ID, and, unless {@code check}
     * is {@link DuplicateCheck#CONFIRMED}, {@link RecordProblem.Code#POSSIBLE_DUPLICATE} when a patient with the
     * same last name, first name and birth date exists ({@link #findPossibleDuplicates} lists them). Stamps on
     * {@code patient} are ignored.
     */
    SaveResult<PatientRecord> create(PatientRecord patient, DuplicateCheck check);

    /**
     * Replaces a stored patient's details with {@code patient}, which must be the record as read and then changed
     * (its {@code updatedAt} tells which version it was changed from); returns the record as stored, with a new
     * updated stamp. Refused with {@link RecordProblem.Code#NOT_FOUND}, {@link RecordProblem.Code#CHANGED_SINCE_READ}
     * when someone stored a change in between, {@link RecordProblem.Code#ACCOUNT_NUMBER_TAKEN} or
     * {@link RecordProblem.Code#EXTERNAL_ID_TAKEN}. A record equal to
     * the stored one is not written and reports nothing. Throws {@link IllegalArgumentException} for a record that
     * was never stored (no stamps).
     */
    SaveResult<PatientRecord> update(PatientRecord patient);

    /** The practice's patient with this ID; empty for an unknown ID or another practice's patient. */
    Optional<PatientRecord> find(PatientId id);

    /** The practice's patient with this account number. */
    Optional<PatientRecord> findByAccountNumber(AccountNumber accountNumber);

    /**
     * The practice's patient with this external ID (the ID the practice's previous system gave them); empty when
     * none, also when a patient of another practice has it.
     */
    Optional<PatientRecord> findByExternalId(ExternalId externalId);

    /** One page of the practice's patients matching {@code search}, with the total number of matches. */
    PatientPage search(PatientSearch search);

    /**
     * The practice's patients with this last name, first name and birth date, ignoring case and accents: what
     * {@link #create} calls a possible duplicate, to show the user before they confirm. In name order.
     */
    List<PatientRecord> findPossibleDuplicates(PersonName name, LocalDate birthDate);

    /**
     * The IDs of the practice's patients who have a coverage with exactly this member ID and whose birth date and
     * last name (ignoring case and accents) are these: the candidates {@link org.oa.core.claim.PatientMatcher}
     * links a claim to. Reports each as {@link PatientRecordAction#MATCHED}.
     */
    List<PatientId> findClaimCandidates(String memberId, LocalDate birthDate, String lastName);
}
