package org.oa.security.account;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Which patient record a patient's portal account opens: the record's practice and ID (the practice record
 * itself lives outside this library). IDs only, never a name. Immutable.
 *
 * @param account   the patient's account
 * @param practiceId the practice whose patient record it is
 * @param patientId the patient record's ID
 * @param linkedAt  when the link was made
 */
public record PatientRecordLink(AccountId account, UUID practiceId, UUID patientId, Instant linkedAt) {

    /** Validates the fields. */
    public PatientRecordLink {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(linkedAt, "linkedAt");
    }
}
