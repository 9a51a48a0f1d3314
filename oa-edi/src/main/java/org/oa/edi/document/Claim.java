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
 */
public record Claim(String patientControlNumber, BigDecimal totalCharge, String facilityCode, String frequencyCode,
        Party billingProvider, Party subscriber, Party patient, LocalDate patientBirthDate, Party payer,
        Party renderingProvider, LocalDate statementFrom, LocalDate statementTo, List<Diagnosis> diagnoses,
        List<ServiceLine> lines) {
    public Claim {
        Objects.requireNonNull(patientControlNumber, "patientControlNumber");
        facilityCode = facilityCode == null ? "" : facilityCode;
        frequencyCode = frequencyCode == null ? "" : frequencyCode;
        diagnoses = List.copyOf(Objects.requireNonNull(diagnoses, "diagnoses"));
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
    }

    @Override
    public String toString() {
        return "Claim[totalCharge=" + totalCharge + ", lines=" + lines.size() + ", diagnoses=" + diagnoses.size()
                + ", redacted]";
    }
}
