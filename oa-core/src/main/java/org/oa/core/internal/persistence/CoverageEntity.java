package org.oa.core.internal.persistence;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Row of OA_CORE.PATIENT_COVERAGE: one coverage of one patient; PRACTICE_ID repeats the patient's practice. */
@Entity
@Table(name = "PATIENT_COVERAGE", schema = "OA_CORE")
public class CoverageEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "PRACTICE_ID", nullable = false, length = 36)
    String practiceId;

    @Column(name = "PATIENT_ID", nullable = false, length = 36)
    String patientId;

    @Column(name = "PAYER_ID", nullable = false)
    String payerId;

    @Column(name = "MEMBER_ID", nullable = false)
    String memberId;

    @Column(name = "GROUP_NUMBER", nullable = false)
    String groupNumber;

    @Column(name = "RELATIONSHIP", nullable = false)
    String relationship;

    @Column(name = "PRIORITY", nullable = false)
    String priority;

    @Column(name = "EFFECTIVE_FROM")
    LocalDate effectiveFrom;

    @Column(name = "EFFECTIVE_TO")
    LocalDate effectiveTo;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "firstName", column = @Column(name = "SUBSCRIBER_FIRST_NAME")),
            @AttributeOverride(name = "middleName", column = @Column(name = "SUBSCRIBER_MIDDLE_NAME")),
            @AttributeOverride(name = "lastName", column = @Column(name = "SUBSCRIBER_LAST_NAME")),
            @AttributeOverride(name = "birthDate", column = @Column(name = "SUBSCRIBER_BIRTH_DATE")),
            @AttributeOverride(name = "sex", column = @Column(name = "SUBSCRIBER_SEX")),
            @AttributeOverride(name = "line1", column = @Column(name = "SUBSCRIBER_LINE1")),
            @AttributeOverride(name = "line2", column = @Column(name = "SUBSCRIBER_LINE2")),
            @AttributeOverride(name = "city", column = @Column(name = "SUBSCRIBER_CITY")),
            @AttributeOverride(name = "state", column = @Column(name = "SUBSCRIBER_STATE")),
            @AttributeOverride(name = "zip", column = @Column(name = "SUBSCRIBER_ZIP")),
            @AttributeOverride(name = "phoneType", column = @Column(name = "SUBSCRIBER_PHONE_TYPE")),
            @AttributeOverride(name = "phone", column = @Column(name = "SUBSCRIBER_PHONE"))
    })
    RelatedPersonRow subscriber;
}
