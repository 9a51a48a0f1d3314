package org.oa.core.internal.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A related person's columns (guarantor of a patient, subscriber of a coverage); the owning entity prefixes the
 * column names with attribute overrides. All null when the patient is the guarantor or subscriber.
 */
@Embeddable
public class RelatedPersonRow {

    @Column(name = "FIRST_NAME")
    String firstName;

    @Column(name = "MIDDLE_NAME")
    String middleName;

    @Column(name = "LAST_NAME")
    String lastName;

    @Column(name = "BIRTH_DATE")
    LocalDate birthDate;

    @Column(name = "SEX")
    String sex;

    @Column(name = "LINE1")
    String line1;

    @Column(name = "LINE2")
    String line2;

    @Column(name = "CITY")
    String city;

    @Column(name = "STATE")
    String state;

    @Column(name = "ZIP")
    String zip;

    @Column(name = "PHONE_TYPE")
    String phoneType;

    @Column(name = "PHONE")
    String phone;
}
