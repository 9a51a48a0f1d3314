package org.oa.core.payer;

import java.time.LocalDate;
import java.util.Objects;

import org.oa.core.identifier.PayerId;
import org.oa.core.practice.PracticeId;

/**
 * A practice's enrollment with a payer for one transaction.
 *
 * @param practiceId  the practice
 * @param payerId     the payer
 * @param transaction the transaction enrolled for
 * @param status      requested, approved or rejected
 * @param statusDate  the date the status was set
 * @param note        why (e.g. the payer's rejection reason), empty when none
 */
public record Enrollment(PracticeId practiceId, PayerId payerId, TransactionType transaction,
                         EnrollmentStatus status, LocalDate statusDate, String note) {

    public Enrollment {
        Objects.requireNonNull(practiceId, "enrollment practiceId");
        Objects.requireNonNull(payerId, "enrollment payerId");
        Objects.requireNonNull(transaction, "enrollment transaction");
        Objects.requireNonNull(status, "enrollment status");
        Objects.requireNonNull(statusDate, "enrollment statusDate");
        note = Objects.requireNonNullElse(note, "");
    }

    /** Returns this enrollment with a new status. */
    public Enrollment withStatus(EnrollmentStatus newStatus, LocalDate date, String why) {
        return new Enrollment(practiceId, payerId, transaction, newStatus, date, why);
    }
}
