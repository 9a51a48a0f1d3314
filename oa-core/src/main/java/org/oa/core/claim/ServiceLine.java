package org.oa.core.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One service line of a claim (loop 2400): what was done, when, for how much and for which diagnoses. Codes
 * are kept as submitted; front-end edits check them. Dates of service are PHI once tied to a patient, so
 * {@link #toString()} leaves them out. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @param lineControlNumber line item control number (REF*6R), unique within the claim; empty when none
 * @param procedureCode     CPT or HCPCS code (SV101-2 / SV202-2)
 * @param modifiers         up to four two-character modifiers
 * @param charge            line charge in dollars, scale 2
 * @param units             units of service
 * @param serviceFrom       first date of service, or null when not submitted
 * @param serviceTo         last date of service (equal to {@code serviceFrom} for one day), or null
 * @param diagnosisPointers 1-based positions in the claim's diagnosis list, up to four
 * @param ndc               national drug code, eleven digits, empty when none
 * @param ndcQualifier      product ID qualifier of the NDC ({@code N4}), empty when none
 * @param revenueCode       UB-04 revenue code (four digits), empty on professional lines
 */
public record ServiceLine(String lineControlNumber, String procedureCode, List<String> modifiers,
                          BigDecimal charge, BigDecimal units, LocalDate serviceFrom, LocalDate serviceTo,
                          List<Integer> diagnosisPointers, String ndc, String ndcQualifier, String revenueCode) {

    public ServiceLine {
        lineControlNumber = Objects.requireNonNullElse(lineControlNumber, "");
        procedureCode = Objects.requireNonNullElse(procedureCode, "");
        modifiers = List.copyOf(Objects.requireNonNull(modifiers, "service line modifiers"));
        charge = Money.cents(charge, "service line charge");
        Objects.requireNonNull(units, "service line units");
        diagnosisPointers = List.copyOf(Objects.requireNonNull(diagnosisPointers, "service line diagnosisPointers"));
        ndc = Objects.requireNonNullElse(ndc, "");
        ndcQualifier = Objects.requireNonNullElse(ndcQualifier, "");
        revenueCode = Objects.requireNonNullElse(revenueCode, "");
    }

    /** Shows the procedure and money but not the dates of service, which identify a patient's visit. */
    @Override
    public String toString() {
        return "ServiceLine[procedureCode=" + procedureCode + ", modifiers=" + modifiers + ", charge=" + charge
                + ", units=" + units + "]";
    }

    /** Returns a builder with no modifiers, one unit and no diagnosis pointers. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this line, to change a few fields. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.lineControlNumber = lineControlNumber;
        b.procedureCode = procedureCode;
        b.modifiers = new ArrayList<>(modifiers);
        b.charge = charge;
        b.units = units;
        b.serviceFrom = serviceFrom;
        b.serviceTo = serviceTo;
        b.diagnosisPointers = new ArrayList<>(diagnosisPointers);
        b.ndc = ndc;
        b.ndcQualifier = ndcQualifier;
        b.revenueCode = revenueCode;
        return b;
    }

    /** Builds a {@link ServiceLine}; not thread-safe. */
    public static final class Builder {
        private String lineControlNumber = "";
        private String procedureCode = "";
        private List<String> modifiers = new ArrayList<>();
        private BigDecimal charge = BigDecimal.ZERO;
        private BigDecimal units = BigDecimal.ONE;
        private LocalDate serviceFrom;
        private LocalDate serviceTo;
        private List<Integer> diagnosisPointers = new ArrayList<>();
        private String ndc = "";
        private String ndcQualifier = "";
        private String revenueCode = "";

        private Builder() {
        }

        public Builder lineControlNumber(String value) {
            this.lineControlNumber = value;
            return this;
        }

        public Builder procedureCode(String value) {
            this.procedureCode = value;
            return this;
        }

        public Builder modifiers(String... values) {
            this.modifiers = new ArrayList<>(List.of(values));
            return this;
        }

        public Builder modifiers(List<String> values) {
            this.modifiers = new ArrayList<>(values);
            return this;
        }

        /** Sets the charge from text such as {@code "125.00"}. */
        public Builder charge(String dollars) {
            this.charge = new BigDecimal(dollars);
            return this;
        }

        public Builder charge(BigDecimal value) {
            this.charge = value;
            return this;
        }

        public Builder units(BigDecimal value) {
            this.units = value;
            return this;
        }

        public Builder units(int value) {
            this.units = BigDecimal.valueOf(value);
            return this;
        }

        /** Sets a one-day service date. */
        public Builder serviceDate(LocalDate date) {
            this.serviceFrom = date;
            this.serviceTo = date;
            return this;
        }

        public Builder serviceDates(LocalDate from, LocalDate to) {
            this.serviceFrom = from;
            this.serviceTo = to;
            return this;
        }

        public Builder diagnosisPointers(Integer... pointers) {
            this.diagnosisPointers = new ArrayList<>(List.of(pointers));
            return this;
        }

        public Builder diagnosisPointers(List<Integer> pointers) {
            this.diagnosisPointers = new ArrayList<>(pointers);
            return this;
        }

        /** Sets an NDC with qualifier {@code N4}. */
        public Builder ndc(String value) {
            this.ndc = value;
            this.ndcQualifier = value == null || value.isEmpty() ? "" : "N4";
            return this;
        }

        public Builder ndc(String qualifier, String value) {
            this.ndcQualifier = qualifier;
            this.ndc = value;
            return this;
        }

        public Builder revenueCode(String value) {
            this.revenueCode = value;
            return this;
        }

        public ServiceLine build() {
            return new ServiceLine(lineControlNumber, procedureCode, modifiers, charge, units, serviceFrom,
                    serviceTo, diagnosisPointers, ndc, ndcQualifier, revenueCode);
        }
    }
}
