package org.oa.core.patient;

import java.util.Objects;

import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.PayerId;

/**
 * A patient's insurance with one payer, as registered in Practice Mate: who pays, under which member ID, the
 * patient's relationship to the subscriber and whether the payer is primary or secondary.
 * {@link #toString()} hides the subscriber and masks the member ID.
 *
 * @param payerId      the payer
 * @param memberId     the subscriber's member ID
 * @param relationship the patient's relationship to the subscriber
 * @param priority     primary, secondary or tertiary
 * @param subscriber   the subscriber (the patient when relationship is SELF)
 */
public record Coverage(PayerId payerId, MemberId memberId, PatientRelationship relationship,
                       CoveragePriority priority, Subscriber subscriber) {

    public Coverage {
        Objects.requireNonNull(payerId, "coverage payer ID");
        Objects.requireNonNull(memberId, "coverage member ID");
        Objects.requireNonNull(relationship, "coverage relationship");
        Objects.requireNonNull(priority, "coverage priority");
        Objects.requireNonNull(subscriber, "coverage subscriber");
    }

    @Override
    public String toString() {
        return "Coverage[payerId=" + payerId + ", priority=" + priority + ", relationship=" + relationship + "]";
    }
}
