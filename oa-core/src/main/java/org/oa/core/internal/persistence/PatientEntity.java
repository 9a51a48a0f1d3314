package org.oa.core.internal.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Row of OA_CORE.PATIENT: one patient of one practice. The name keys are the folded names ({@link NameKey}) that
 * search and the duplicate check compare; timestamps are UTC.
 */
@Entity
@Table(name = "PATIENT", schema = "OA_CORE")
public class PatientEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "PRACTICE_ID", nullable = false, length = 36)
    String practiceId;

    @Column(name = "ACCOUNT_NUMBER", nullable = false, length = 20)
    String accountNumber;

    @Column(name = "EXTERNAL_ID", length = 50)
    String externalId;

    @Column(name = "FIRST_NAME", nullable = false)
    String firstName;

    @Column(name = "MIDDLE_NAME", nullable = false)
    String middleName;

    @Column(name = "LAST_NAME", nullable = false)
    String lastName;

    @Column(name = "FIRST_NAME_KEY", nullable = false)
    String firstNameKey;

    @Column(name = "LAST_NAME_KEY", nullable = false)
    String lastNameKey;

    @Column(name = "BIRTH_DATE", nullable = false)
    LocalDate birthDate;

    @Column(name = "SEX", nullable = false)
    String sex;

    @Column(name = "LINE1", nullable = false)
    String line1;

    @Column(name = "LINE2", nullable = false)
    String line2;

    @Column(name = "CITY", nullable = false)
    String city;

    @Column(name = "STATE", nullable = false)
    String state;

    @Column(name = "ZIP", nullable = false)
    String zip;

    @Column(name = "HOME_PHONE", length = 10)
    String homePhone;

    @Column(name = "MOBILE_PHONE", length = 10)
    String mobilePhone;

    @Column(name = "WORK_PHONE", length = 10)
    String workPhone;

    @Column(name = "EMAIL", nullable = false)
    String email;

    @Column(name = "PREFERRED_LANGUAGE", nullable = false)
    String preferredLanguage;

    @Column(name = "STATUS", nullable = false)
    String status;

    @Column(name = "GUARANTOR_RELATIONSHIP", nullable = false)
    String guarantorRelationship;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "firstName", column = @Column(name = "GUARANTOR_FIRST_NAME")),
            @AttributeOverride(name = "middleName", column = @Column(name = "GUARANTOR_MIDDLE_NAME")),
            @AttributeOverride(name = "lastName", column = @Column(name = "GUARANTOR_LAST_NAME")),
            @AttributeOverride(name = "birthDate", column = @Column(name = "GUARANTOR_BIRTH_DATE")),
            @AttributeOverride(name = "sex", column = @Column(name = "GUARANTOR_SEX")),
            @AttributeOverride(name = "line1", column = @Column(name = "GUARANTOR_LINE1")),
            @AttributeOverride(name = "line2", column = @Column(name = "GUARANTOR_LINE2")),
            @AttributeOverride(name = "city", column = @Column(name = "GUARANTOR_CITY")),
            @AttributeOverride(name = "state", column = @Column(name = "GUARANTOR_STATE")),
            @AttributeOverride(name = "zip", column = @Column(name = "GUARANTOR_ZIP")),
            @AttributeOverride(name = "phoneType", column = @Column(name = "GUARANTOR_PHONE_TYPE")),
            @AttributeOverride(name = "phone", column = @Column(name = "GUARANTOR_PHONE"))
    })
    RelatedPersonRow guarantor;

    @Column(name = "CREATED_AT", nullable = false)
    LocalDateTime createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    LocalDateTime updatedAt;
}
