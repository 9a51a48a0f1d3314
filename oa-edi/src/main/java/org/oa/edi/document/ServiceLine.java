package org.oa.edi.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One 2400 service line (SV1 for 837P, SV2 for 837I). Amounts and dates are {@code null} when absent or unreadable
 * (the validation result says why).
 *
 * @param lineNumber         LX01
 * @param revenueCode        SV201 (837I only, else empty)
 * @param procedureQualifier SV101-1 / SV202-1, e.g. {@code "HC"}
 * @param procedureCode      SV101-2 / SV202-2
 * @param modifiers          SV101-3..6 / SV202-3..6
 * @param charge             SV102 / SV203
 * @param unitType           SV103 / SV204 ({@code UN} units, {@code MJ} minutes, {@code DA} days)
 * @param units              SV104 / SV205
 * @param placeOfService     SV105 (837P, empty when the claim's applies)
 * @param diagnosisPointers  SV107 components (837P), 1-based indexes into the claim's diagnoses
 * @param serviceFrom        DTP*472 start
 * @param serviceTo          DTP*472 end (same as start for a single date)
 * @param lineControlNumber  REF*6R line item control number, or empty
 * @param ndcQualifier       LIN02 of loop 2410 ({@code N4}), or empty
 * @param ndc                LIN03 national drug code, or empty
 * @param fileSegmentPosition position of the LX segment in the file (0 when unknown)
 * @param segmentPosition    position of the LX segment in its transaction set, ST = 1 (0 when unknown)
 */
public record ServiceLine(int lineNumber, String revenueCode, String procedureQualifier, String procedureCode,
        List<String> modifiers, BigDecimal charge, String unitType, BigDecimal units, String placeOfService,
        List<Integer> diagnosisPointers, LocalDate serviceFrom, LocalDate serviceTo, String lineControlNumber,
        String ndcQualifier, String ndc, long fileSegmentPosition, int segmentPosition) {
    public ServiceLine {
        revenueCode = revenueCode == null ? "" : revenueCode;
        procedureQualifier = procedureQualifier == null ? "" : procedureQualifier;
        procedureCode = procedureCode == null ? "" : procedureCode;
        modifiers = List.copyOf(Objects.requireNonNull(modifiers, "modifiers"));
        unitType = unitType == null ? "" : unitType;
        placeOfService = placeOfService == null ? "" : placeOfService;
        diagnosisPointers = List.copyOf(Objects.requireNonNull(diagnosisPointers, "diagnosisPointers"));
        lineControlNumber = lineControlNumber == null ? "" : lineControlNumber;
        ndcQualifier = ndcQualifier == null ? "" : ndcQualifier;
        ndc = ndc == null ? "" : ndc;
        if (fileSegmentPosition < 0 || segmentPosition < 0) {
            throw new IllegalArgumentException("positions must not be negative");
        }
    }

    /** A line without line control number, drug identification and positions. */
    public ServiceLine(int lineNumber, String revenueCode, String procedureQualifier, String procedureCode,
            List<String> modifiers, BigDecimal charge, String unitType, BigDecimal units, String placeOfService,
            List<Integer> diagnosisPointers, LocalDate serviceFrom, LocalDate serviceTo) {
        this(lineNumber, revenueCode, procedureQualifier, procedureCode, modifiers, charge, unitType, units,
                placeOfService, diagnosisPointers, serviceFrom, serviceTo, "", "", "", 0, 0);
    }
}
