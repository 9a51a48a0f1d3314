package org.oa.core.patient;

import java.time.LocalDate;
import java.util.Objects;

import org.oa.core.contact.Address;

/**
 * A patient of a practice. The birth date may be absent on a submitted claim (a front-end edit reports it).
 * All fields but the ID are protected health information; {@link #toString()} shows only the ID.
 *
 * @param id        the patient's ID
 * @param firstName first name
 * @param lastName  last name
 * @param birthDate date of birth, or null when not submitted
 * @param sex       administrative sex
 * @param address   home address
 */
public record Patient(PatientId id, String firstName, String lastName, LocalDate birthDate, Sex sex,
                      Address address) {

    public Patient {
        Objects.requireNonNull(id, "patient id");
        firstName = Objects.requireNonNullElse(firstName, "");
        lastName = Objects.requireNonNullElse(lastName, "");
        sex = Objects.requireNonNullElse(sex, Sex.UNKNOWN);
        address = Objects.requireNonNullElseGet(address, () -> new Address("", "", "", "", ""));
    }

    @Override
    public String toString() {
        return "Patient[id=" + id + "]";
    }
}
