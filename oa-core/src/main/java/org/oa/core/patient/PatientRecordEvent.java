package org.oa.core.patient;

import java.util.Objects;

import org.oa.core.practice.PracticeId;

/**
 * One read or change of one patient's record, for the audit trail. Carries no PHI: the detail holds only field
 * names or a coverage ID. Immutable.
 *
 * @param practiceId the practice whose record it is
 * @param patientId  the patient
 * @param action     what was done
 * @param detail     for {@link PatientRecordAction#UPDATED} the names of the changed fields, comma-separated (e.g.
 *                   {@code address,phones}); for coverage actions the coverage ID; otherwise empty
 */
public record PatientRecordEvent(PracticeId practiceId, PatientId patientId, PatientRecordAction action,
                                 String detail) {

    public PatientRecordEvent {
        Objects.requireNonNull(practiceId, "event practiceId");
        Objects.requireNonNull(patientId, "event patientId");
        Objects.requireNonNull(action, "event action");
        detail = Objects.requireNonNullElse(detail, "");
    }

    /** Whether the event is a change (otherwise a read). */
    public boolean isChange() {
        return action.isChange();
    }
}
