package org.oa.core.internal.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * Row of OA_CORE.CLAIM with its diagnoses, service lines and status history (element collections ordered by
 * POSITION). STATUS repeats the last status change so that work lists can be queried; timestamps are UTC.
 */
@Entity
@Table(name = "CLAIM", schema = "OA_CORE")
public class ClaimEntity {

    @Id
    @Column(name = "ID", length = 36)
    String id;

    @Column(name = "PRACTICE_ID", nullable = false, length = 36)
    String practiceId;

    @Column(name = "SUBMISSION_FILE_ID", length = 36)
    String submissionFileId;

    @Column(name = "FILE_POSITION", nullable = false)
    int filePosition;

    @Column(name = "RECEIVED_AT", nullable = false)
    LocalDateTime receivedAt;

    @Column(name = "STATUS", nullable = false)
    String status;

    @Column(name = "FREQUENCY", nullable = false)
    String frequency;

    @Column(name = "ORIGINAL_CLAIM_ID", length = 36)
    String originalClaimId;

    @Column(name = "PAYER_CLAIM_NUMBER", length = 80)
    String payerClaimNumber;

    @Column(name = "CLAIM_TYPE", nullable = false)
    String claimType;

    @Column(name = "PATIENT_CONTROL_NUMBER", nullable = false)
    String patientControlNumber;

    @Column(name = "TOTAL_CHARGE", nullable = false, precision = 18, scale = 2)
    BigDecimal totalCharge;

    @Column(name = "PLACE_OF_SERVICE", nullable = false)
    String placeOfService;

    @Column(name = "TYPE_OF_BILL", nullable = false)
    String typeOfBill;

    @Column(name = "FREQUENCY_CODE", nullable = false)
    String frequencyCode;

    @Column(name = "ORIGINAL_CLAIM_NUMBER", nullable = false)
    String originalClaimNumber;

    @Column(name = "ONSET_DATE")
    LocalDate onsetDate;

    @Column(name = "ACCIDENT_DATE")
    LocalDate accidentDate;

    @Column(name = "ADMISSION_DATE")
    LocalDate admissionDate;

    @Column(name = "BP_NAME", nullable = false)
    String bpName;

    @Column(name = "BP_NPI", nullable = false)
    String bpNpi;

    @Column(name = "BP_TAXONOMY", nullable = false)
    String bpTaxonomy;

    @Column(name = "BP_TAX_ID", nullable = false)
    String bpTaxId;

    @Column(name = "BP_LINE1", nullable = false)
    String bpLine1;

    @Column(name = "BP_LINE2", nullable = false)
    String bpLine2;

    @Column(name = "BP_CITY", nullable = false)
    String bpCity;

    @Column(name = "BP_STATE", nullable = false)
    String bpState;

    @Column(name = "BP_ZIP", nullable = false)
    String bpZip;

    @Column(name = "BP_PHONE", nullable = false)
    String bpPhone;

    @Column(name = "RENDERING_NPI", nullable = false)
    String renderingNpi;

    @Column(name = "PATIENT_ID", nullable = false, length = 36)
    String patientId;

    /** The linked patient record (PATIENT.ID), or null; not changed by copying a claim. */
    @Column(name = "PATIENT_RECORD_ID", length = 36)
    String patientRecordId;

    @Column(name = "PATIENT_FIRST_NAME", nullable = false)
    String patientFirstName;

    @Column(name = "PATIENT_LAST_NAME", nullable = false)
    String patientLastName;

    @Column(name = "PATIENT_BIRTH_DATE")
    LocalDate patientBirthDate;

    @Column(name = "PATIENT_SEX", nullable = false)
    String patientSex;

    @Column(name = "PATIENT_LINE1", nullable = false)
    String patientLine1;

    @Column(name = "PATIENT_LINE2", nullable = false)
    String patientLine2;

    @Column(name = "PATIENT_CITY", nullable = false)
    String patientCity;

    @Column(name = "PATIENT_STATE", nullable = false)
    String patientState;

    @Column(name = "PATIENT_ZIP", nullable = false)
    String patientZip;

    @Column(name = "SUBSCRIBER_FIRST_NAME", nullable = false)
    String subscriberFirstName;

    @Column(name = "SUBSCRIBER_LAST_NAME", nullable = false)
    String subscriberLastName;

    @Column(name = "SUBSCRIBER_BIRTH_DATE")
    LocalDate subscriberBirthDate;

    @Column(name = "SUBSCRIBER_SEX", nullable = false)
    String subscriberSex;

    @Column(name = "SUBSCRIBER_LINE1", nullable = false)
    String subscriberLine1;

    @Column(name = "SUBSCRIBER_LINE2", nullable = false)
    String subscriberLine2;

    @Column(name = "SUBSCRIBER_CITY", nullable = false)
    String subscriberCity;

    @Column(name = "SUBSCRIBER_STATE", nullable = false)
    String subscriberState;

    @Column(name = "SUBSCRIBER_ZIP", nullable = false)
    String subscriberZip;

    @Column(name = "MEMBER_ID", nullable = false)
    String memberId;

    @Column(name = "GROUP_NUMBER", nullable = false)
    String groupNumber;

    @Column(name = "RELATIONSHIP_CODE", nullable = false)
    String relationshipCode;

    @Column(name = "PAYER_ID", nullable = false)
    String payerId;

    @Column(name = "PRIORITY", nullable = false)
    String priority;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CLAIM_DIAGNOSIS", schema = "OA_CORE", joinColumns = @JoinColumn(name = "CLAIM_ID"))
    @OrderColumn(name = "POSITION")
    @Column(name = "CODE", nullable = false)
    List<String> diagnoses = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CLAIM_SERVICE_LINE", schema = "OA_CORE", joinColumns = @JoinColumn(name = "CLAIM_ID"))
    @OrderColumn(name = "POSITION")
    List<ServiceLineRow> serviceLines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "CLAIM_STATUS_CHANGE", schema = "OA_CORE", joinColumns = @JoinColumn(name = "CLAIM_ID"))
    @OrderColumn(name = "POSITION")
    List<StatusChangeRow> history = new ArrayList<>();
}
