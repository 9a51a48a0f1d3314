package org.oa.core.patient;

import java.time.LocalDate;
import java.util.Objects;

import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.PayerId;

/**
 * A patient's insurance with one payer as the practice registered it: payer, member ID and group number from
 * the card, the subscriber and the patient's relationship to them, the order in which payers pay, and the period
 * the coverage is in effect. A patient has any number of coverages, but at most one of each order in effect on
 * any day ({@link CoverageRepository} refuses an overlap). {@link #toString()} shows no PHI. Immutable and
 * thread-safe.
 *
 * @param id            the coverage's ID
 * @param patientId     the patient covered
 * @param payerId       the payer
 * @param memberId      the subscriber's member ID as on the card
 * @param groupNumber   group or policy number, empty when none (at most 50 characters)
 * @param relationship  the patient's relationship to the subscriber; {@code SELF} when the patient is the
 *                      subscriber
 * @param subscriber    the subscriber when not the patient, otherwise null
 * @param priority      the order: primary, secondary or tertiary
 * @param effectiveFrom first day in effect, or null when not known (in effect since ever)
 * @param effectiveTo   last day in effect, or null when open-ended
 */
public record CoverageRecord(CoverageId id, PatientId patientId, PayerId payerId, MemberId memberId,
                             String groupNumber, PatientRelationship relationship, RelatedPerson subscriber,
                             CoveragePriority priority, LocalDate effectiveFrom, LocalDate effectiveTo) {

    public CoverageRecord {
        Objects.requireNonNull(id, "coverage id");
        Objects.requireNonNull(patientId, "coverage patientId");
        Objects.requireNonNull(payerId, "coverage payerId");
        Objects.requireNonNull(memberId, "coverage memberId");
        groupNumber = Objects.requireNonNullElse(groupNumber, "").strip();
        if (groupNumber.length() > 50) {
            throw new IllegalArgumentException("coverage groupNumber must be at most 50 characters");
        }
        Objects.requireNonNull(relationship, "coverage relationship");
        if (relationship == PatientRelationship.SELF && subscriber != null) {
            throw new IllegalArgumentException("coverage subscriber must be empty when the patient is the subscriber");
        }
        if (relationship != PatientRelationship.SELF && subscriber == null) {
            throw new IllegalArgumentException("coverage subscriber is required unless the patient is the subscriber");
        }
        Objects.requireNonNull(priority, "coverage priority");
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("coverage effectiveTo must not be before effectiveFrom");
        }
    }

    /** A coverage of the patient as subscriber, in effect from {@code effectiveFrom} on. */
    public static CoverageRecord self(PatientId patientId, PayerId payerId, MemberId memberId, String groupNumber,
                                      CoveragePriority priority, LocalDate effectiveFrom) {
        return new CoverageRecord(CoverageId.random(), patientId, payerId, memberId, groupNumber,
                PatientRelationship.SELF, null, priority, effectiveFrom, null);
    }

    /** Whether the coverage is in effect on {@code day}. */
    public boolean isInEffectOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /** Whether this and {@code other} have the same order and are both in effect on some day. */
    public boolean overlaps(CoverageRecord other) {
        return priority == other.priority
                && (effectiveFrom == null || other.effectiveTo == null || !other.effectiveTo.isBefore(effectiveFrom))
                && (other.effectiveFrom == null || effectiveTo == null || !effectiveTo.isBefore(other.effectiveFrom));
    }

    /** Returns this coverage ending on {@code lastDay} (e.g. when the patient changed plans). */
    public CoverageRecord endingOn(LocalDate lastDay) {
        return new CoverageRecord(id, patientId, payerId, memberId, groupNumber, relationship, subscriber, priority,
                effectiveFrom, lastDay);
    }

    /**
     * The coverage as a claim needs it, for {@code patient} (the record this coverage belongs to): the subscriber
     * is the patient when the relationship is self.
     */
    public Coverage toCoverage(PatientRecord patient) {
        if (!patient.id().equals(patientId)) {
            throw new IllegalArgumentException("coverage belongs to another patient");
        }
        Subscriber insured = subscriber == null
                ? Subscriber.self(patient.toClaimPatient(), memberId.value(), groupNumber)
                : new Subscriber(subscriber.name().first(), subscriber.name().last(), subscriber.birthDate(),
                        subscriber.sex(), subscriber.address(), memberId.value(), groupNumber);
        return new Coverage(payerId, memberId, relationship, priority, insured);
    }

    @Override
    public String toString() {
        return "CoverageRecord[id=" + id + ", patientId=" + patientId + ", payerId=" + payerId + ", priority="
                + priority + "]";
    }
}
