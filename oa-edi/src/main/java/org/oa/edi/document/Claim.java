package org.oa.edi.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One 2300 claim with the parties of its hierarchy (billing provider 2010AA, subscriber 2010BA, patient 2010CA or
 * the subscriber when the patient is the subscriber, payer 2010BB). {@code toString()} shows no patient data.
 *
 * @param patientControlNumber CLM01 (echoed as CLP01 in the 835 and TRN02 in the 277CA)
 * @param totalCharge          CLM02, {@code null} when unreadable
 * @param facilityCode         CLM05-1: place of service (837P) or facility type (837I)
 * @param frequencyCode        CLM05-3: 1 original, 7 replacement, 8 void
 * @param patientBirthDate     DMG02 of the patient, {@code null} when absent
 * @param statementFrom        837I DTP*434 start or 837P claim-level DTP*472, {@code null} when absent
 * @param statementTo          end of that period
 * @param originalClaimNumber  REF*F8 (payer claim control number of the claim replaced or voided), or empty
 * @param onsetDate            DTP*431 onset of current illness, {@code null} when absent
 * @param accidentDate         DTP*439 accident date, {@code null} when absent
 * @param admissionDate        DTP*435 admission date (837I), {@code null} when absent
 * @param payerResponsibility  SBR01 of the subscriber level: P primary, S secondary, T tertiary, ...
 * @param relationshipCode     the patient's relationship to the subscriber: SBR02 (18 self) or PAT01
 * @param groupNumber          SBR03 group or policy number, or empty
 * @param fileSegmentPosition  position of the CLM segment in the file, counting from 1 (0 when unknown)
 * @param segmentPosition      position of the CLM segment in its transaction set, ST = 1 (0 when unknown)
 */
public record Claim(String patientControlNumber, BigDecimal totalCharge, String facilityCode, String frequencyCode,
        Party billingProvider, Party subscriber, Party patient, LocalDate patientBirthDate, Party payer,
        Party renderingProvider, LocalDate statementFrom, LocalDate statementTo, List<Diagnosis> diagnoses,
        List<ServiceLine> lines, String originalClaimNumber, LocalDate onsetDate, LocalDate accidentDate,
        LocalDate admissionDate, String payerResponsibility, String relationshipCode, String groupNumber,
        long fileSegmentPosition, int segmentPosition) {
    public Claim {
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        facilityCode = facilityCode == null ? "" : facilityCode;
        frequencyCode = frequencyCode == null ? "" : frequencyCode;
        diagnoses = List.copyOf(Objects.requireNonNull(diagnoses, "diagnoses"));
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        originalClaimNumber = originalClaimNumber == null ? "" : originalClaimNumber;
        payerResponsibility = payerResponsibility == null ? "" : payerResponsibility;
        relationshipCode = relationshipCode == null ? "" : relationshipCode;
        groupNumber = groupNumber == null ? "" : groupNumber;
        if (fileSegmentPosition < 0 || segmentPosition < 0) {
            throw new IllegalArgumentException("positions must not be negative");
        }
    }

    /** A claim without the 2300 details added later (original claim number, claim dates, subscriber codes). */
    public Claim(String patientControlNumber, BigDecimal totalCharge, String facilityCode, String frequencyCode,
            Party billingProvider, Party subscriber, Party patient, LocalDate patientBirthDate, Party payer,
            Party renderingProvider, LocalDate statementFrom, LocalDate statementTo, List<Diagnosis> diagnoses,
            List<ServiceLine> lines) {
        this(patientControlNumber, totalCharge, facilityCode, frequencyCode, billingProvider, subscriber, patient,
                patientBirthDate, payer, renderingProvider, statementFrom, statementTo, diagnoses, lines, "", null,
                null, null, "", "", "", 0, 0);
    }

    @Override
    public String toString() {
        return "Claim[totalCharge=" + totalCharge + ", lines=" + lines.size() + ", diagnoses=" + diagnoses.size()
                + ", redacted]";
    }
}
