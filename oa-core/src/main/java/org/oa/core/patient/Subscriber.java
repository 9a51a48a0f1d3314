package org.oa.core.patient;

import java.time.LocalDate;
import java.util.Objects;

import org.oa.core.contact.Address;

/**
 * The insured person whose policy covers the patient (loop 2010BA). The member ID is kept as submitted, because
 * a missing or wrongly formatted member ID is a front-end edit failure, not an exception. All fields are
 * protected health information; {@link #toString()} shows none of them.
 *
 * @param firstName   first name
 * @param lastName    last name
 * @param birthDate   date of birth, or null when not submitted
 * @param sex         administrative sex
 * @param address     home address
 * @param memberId    member ID as on the card, empty when not submitted
 * @param groupNumber group or policy number, empty when none
 */
public record Subscriber(String firstName, String lastName, LocalDate birthDate, Sex sex, Address address,
                         String memberId, String groupNumber) {

    public Subscriber {
        firstName = Objects.requireNonNullElse(firstName, "");
        lastName = Objects.requireNonNullElse(lastName, "");
        sex = Objects.requireNonNullElse(sex, Sex.UNKNOWN);
        address = Objects.requireNonNullElseGet(address, () -> new Address("", "", "", "", ""));
        memberId = Objects.requireNonNullElse(memberId, "").strip();
        groupNumber = Objects.requireNonNullElse(groupNumber, "").strip();
    }

    /** Returns the subscriber that is the patient himself or herself (relationship 18, self). */
    public static Subscriber self(Patient patient, String memberId, String groupNumber) {
        return new Subscriber(patient.firstName(), patient.lastName(), patient.birthDate(), patient.sex(),
                patient.address(), memberId, groupNumber);
    }

    @Override
    public String toString() {
        return "Subscriber[memberId=" + (memberId.isEmpty() ? "" : "***") + "]";
    }
}
