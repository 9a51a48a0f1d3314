package org.oa.core.patient;

import java.time.LocalDate;
import java.util.Objects;

import org.oa.core.contact.Address;
import org.oa.core.contact.Phone;

/**
 * Someone other than the patient who appears in the patient's record: a guarantor, or the subscriber of a
 * coverage. Protected health information: {@link #toString()} shows none of it. Immutable and thread-safe.
 *
 * @param name      the person's name
 * @param birthDate date of birth, or null when not known
 * @param sex       administrative sex, UNKNOWN when not given
 * @param address   postal address, empty parts when not known
 * @param phone     a telephone number, or null
 */
public record RelatedPerson(PersonName name, LocalDate birthDate, Sex sex, Address address, Phone phone) {

    public RelatedPerson {
        Objects.requireNonNull(name, "related person name");
        sex = Objects.requireNonNullElse(sex, Sex.UNKNOWN);
        address = Objects.requireNonNullElseGet(address, () -> new Address("", "", "", "", ""));
    }

    @Override
    public String toString() {
        return "RelatedPerson[***]";
    }
}
