package org.oa.security.account;

import java.util.Optional;
import java.util.UUID;

/**
 * Links a patient's portal account to the one patient record it may open (Patient Ally shows that record and no
 * other). An account holds at most one link; it is kept here, beside the account's roles, because it decides
 * what the account may see. Linking and unlinking are audited ({@code PATIENT_RECORD_LINKED} and
 * {@code PATIENT_RECORD_UNLINKED}, with the patient's ID, in the record's practice). Thread-safe.
 */
public interface PatientRecordLinks {

    /** What {@link #link} did. */
    enum Outcome {
        /** The account now opens the record (a link to another record was replaced). */
        LINKED,
        /** The account was already linked to this record; nothing changed and nothing was audited. */
        ALREADY_LINKED,
        /** No such account, or not a patient's account (it belongs to a practice, or lacks the PATIENT role). */
        NOT_A_PATIENT_ACCOUNT
    }

    /**
     * Links {@code account} to the patient record {@code patientId} of practice {@code practiceId}, replacing any
     * earlier link of the account. The caller checks that the record exists in that practice.
     *
     * @param account    a patient's account
     * @param practiceId the practice of the record
     * @param patientId  the record's ID
     * @return what was done
     */
    Outcome link(AccountId account, UUID practiceId, UUID patientId);

    /**
     * @param account an account
     * @return the record the account opens, or empty when it has none
     */
    Optional<PatientRecordLink> find(AccountId account);

    /**
     * @param account an account
     * @return whether a link was removed
     */
    boolean unlink(AccountId account);
}
