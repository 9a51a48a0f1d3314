package org.oa.core.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.oa.core.identifier.PayerId;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.Patient;
import org.oa.core.patient.Subscriber;
import org.oa.core.practice.PracticeId;

/**
 * A medical claim of one practice, as submitted: professional (CMS-1500 / 837P) or institutional
 * (UB-04 / 837I). The record checks structure only: required parts are present, lists are immutable, money has
 * scale 2. Codes, identifiers and business rules are checked by front-end edits, so a claim with a bad NPI can
 * exist and be rejected with a field path. Contains protected health information: {@link #toString()} shows
 * only the claim ID, type and line count. Immutable and thread-safe; build with {@link #builder()}.
 *
 * @param id                   OA's ID of the claim
 * @param practiceId           the practice (tenant) the claim belongs to
 * @param type                 professional or institutional
 * @param patientControlNumber CLM01, the practice's claim number, echoed on the 277CA and the 835
 * @param totalCharge          CLM02, total claim charge in dollars, scale 2
 * @param placeOfService       two-digit CMS place of service (professional), empty otherwise
 * @param typeOfBill           three-digit type of bill without the leading zero, e.g. {@code 131}
 *                             (institutional), empty otherwise; its last digit is the frequency
 * @param frequencyCode        CLM05-3 as submitted: 1 original, 7 replacement, 8 void
 * @param originalClaimNumber  the payer's claim control number of the claim replaced or voided (REF*F8), or empty
 * @param diagnoses            ICD-10-CM codes; the first is the principal diagnosis
 * @param onsetDate            onset of current illness (DTP*431), or null
 * @param accidentDate         accident date (DTP*439), or null
 * @param admissionDate        admission date (institutional inpatient, DTP*435), or null
 * @param billingProvider      the billing provider (NPI, taxonomy, tax ID, address)
 * @param renderingProviderNpi the rendering provider's NPI when it differs from the billing provider's, or empty
 * @param patient              the patient
 * @param subscriber           the subscriber (the patient when the relationship is 18, self)
 * @param relationshipCode     the patient's relationship to the subscriber, X12 code as submitted (18 = self)
 * @param payerId              the payer the claim is for
 * @param priority             whether this payer is primary, secondary or tertiary for the claim
 * @param serviceLines         the service lines, in order
 */
public record Claim(ClaimId id, PracticeId practiceId, ClaimType type, String patientControlNumber,
                    BigDecimal totalCharge, String placeOfService, String typeOfBill, String frequencyCode,
                    String originalClaimNumber, List<Diagnosis> diagnoses, LocalDate onsetDate,
                    LocalDate accidentDate, LocalDate admissionDate, BillingProvider billingProvider,
                    String renderingProviderNpi, Patient patient, Subscriber subscriber, String relationshipCode,
                    PayerId payerId, CoveragePriority priority, List<ServiceLine> serviceLines) {

    public Claim {
        Objects.requireNonNull(id, "claim id");
        Objects.requireNonNull(practiceId, "claim practiceId");
        Objects.requireNonNull(type, "claim type");
        patientControlNumber = Objects.requireNonNullElse(patientControlNumber, "");
        totalCharge = Money.cents(totalCharge, "claim totalCharge");
        placeOfService = Objects.requireNonNullElse(placeOfService, "");
        typeOfBill = Objects.requireNonNullElse(typeOfBill, "");
        frequencyCode = Objects.requireNonNullElse(frequencyCode, "");
        originalClaimNumber = Objects.requireNonNullElse(originalClaimNumber, "");
        diagnoses = List.copyOf(Objects.requireNonNull(diagnoses, "claim diagnoses"));
        Objects.requireNonNull(billingProvider, "claim billingProvider");
        renderingProviderNpi = Objects.requireNonNullElse(renderingProviderNpi, "");
        Objects.requireNonNull(patient, "claim patient");
        Objects.requireNonNull(subscriber, "claim subscriber");
        relationshipCode = Objects.requireNonNullElse(relationshipCode, "");
        Objects.requireNonNull(payerId, "claim payerId");
        priority = Objects.requireNonNullElse(priority, CoveragePriority.PRIMARY);
        serviceLines = List.copyOf(Objects.requireNonNull(serviceLines, "claim serviceLines"));
    }

    /** Returns the frequency, or empty when the submitted code is not 1, 7 or 8. */
    public Optional<ClaimFrequency> frequency() {
        return ClaimFrequency.fromCode(frequencyCode);
    }

    /** Returns the earliest service date of all lines, or null when no line has one. */
    public LocalDate firstServiceDate() {
        LocalDate first = null;
        for (int i = 0; i < serviceLines.size(); i++) {
            LocalDate d = serviceLines.get(i).serviceFrom();
            if (d != null && (first == null || d.isBefore(first))) {
                first = d;
            }
        }
        return first;
    }

    /** Returns the sum of the line charges, scale 2. */
    public BigDecimal lineChargeTotal() {
        BigDecimal sum = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < serviceLines.size(); i++) {
            sum = sum.add(serviceLines.get(i).charge());
        }
        return sum;
    }

    /** Returns a new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder initialised with this claim, e.g. for Claim Fix or to build a replacement claim. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.practiceId = practiceId;
        b.type = type;
        b.patientControlNumber = patientControlNumber;
        b.totalCharge = totalCharge;
        b.placeOfService = placeOfService;
        b.typeOfBill = typeOfBill;
        b.frequencyCode = frequencyCode;
        b.originalClaimNumber = originalClaimNumber;
        b.diagnoses = new ArrayList<>(diagnoses);
        b.onsetDate = onsetDate;
        b.accidentDate = accidentDate;
        b.admissionDate = admissionDate;
        b.billingProvider = billingProvider;
        b.renderingProviderNpi = renderingProviderNpi;
        b.patient = patient;
        b.subscriber = subscriber;
        b.relationshipCode = relationshipCode;
        b.payerId = payerId;
        b.priority = priority;
        b.serviceLines = new ArrayList<>(serviceLines);
        return b;
    }

    @Override
    public String toString() {
        return "Claim[id=" + id + ", type=" + type + ", lines=" + serviceLines.size() + "]";
    }

    /**
     * Builds a {@link Claim}. Defaults: a random ID, professional, frequency 1 (original), primary payer,
     * relationship 18 (self), total charge 0.00. Not thread-safe.
     */
    public static final class Builder {
        private ClaimId id = ClaimId.random();
        private PracticeId practiceId;
        private ClaimType type = ClaimType.PROFESSIONAL;
        private String patientControlNumber = "";
        private BigDecimal totalCharge = BigDecimal.ZERO;
        private String placeOfService = "";
        private String typeOfBill = "";
        private String frequencyCode = ClaimFrequency.ORIGINAL.code();
        private String originalClaimNumber = "";
        private List<Diagnosis> diagnoses = new ArrayList<>();
        private LocalDate onsetDate;
        private LocalDate accidentDate;
        private LocalDate admissionDate;
        private BillingProvider billingProvider;
        private String renderingProviderNpi = "";
        private Patient patient;
        private Subscriber subscriber;
        private String relationshipCode = "18";
        private PayerId payerId;
        private CoveragePriority priority = CoveragePriority.PRIMARY;
        private List<ServiceLine> serviceLines = new ArrayList<>();

        private Builder() {
        }

        public Builder id(ClaimId value) {
            this.id = value;
            return this;
        }

        public Builder practiceId(PracticeId value) {
            this.practiceId = value;
            return this;
        }

        public Builder type(ClaimType value) {
            this.type = value;
            return this;
        }

        public Builder patientControlNumber(String value) {
            this.patientControlNumber = value;
            return this;
        }

        public Builder totalCharge(BigDecimal value) {
            this.totalCharge = value;
            return this;
        }

        /** Sets the total charge from text such as {@code "250.00"}. */
        public Builder totalCharge(String dollars) {
            this.totalCharge = new BigDecimal(dollars);
            return this;
        }

        public Builder placeOfService(String value) {
            this.placeOfService = value;
            return this;
        }

        public Builder typeOfBill(String value) {
            this.typeOfBill = value;
            return this;
        }

        public Builder frequency(ClaimFrequency value) {
            this.frequencyCode = value.code();
            return this;
        }

        /** Sets the frequency code as submitted, which may be a code OA does not accept. */
        public Builder frequencyCode(String value) {
            this.frequencyCode = value;
            return this;
        }

        public Builder originalClaimNumber(String value) {
            this.originalClaimNumber = value;
            return this;
        }

        /** Sets the diagnosis codes, principal first. */
        public Builder diagnoses(String... codes) {
            this.diagnoses = new ArrayList<>(codes.length);
            for (String code : codes) {
                this.diagnoses.add(new Diagnosis(code));
            }
            return this;
        }

        public Builder diagnoses(List<Diagnosis> values) {
            this.diagnoses = new ArrayList<>(values);
            return this;
        }

        public Builder onsetDate(LocalDate value) {
            this.onsetDate = value;
            return this;
        }

        public Builder accidentDate(LocalDate value) {
            this.accidentDate = value;
            return this;
        }

        public Builder admissionDate(LocalDate value) {
            this.admissionDate = value;
            return this;
        }

        public Builder billingProvider(BillingProvider value) {
            this.billingProvider = value;
            return this;
        }

        public Builder renderingProviderNpi(String value) {
            this.renderingProviderNpi = value;
            return this;
        }

        public Builder patient(Patient value) {
            this.patient = value;
            return this;
        }

        public Builder subscriber(Subscriber value) {
            this.subscriber = value;
            return this;
        }

        public Builder relationshipCode(String value) {
            this.relationshipCode = value;
            return this;
        }

        public Builder payerId(PayerId value) {
            this.payerId = value;
            return this;
        }

        public Builder priority(CoveragePriority value) {
            this.priority = value;
            return this;
        }

        public Builder serviceLines(List<ServiceLine> values) {
            this.serviceLines = new ArrayList<>(values);
            return this;
        }

        public Builder addServiceLine(ServiceLine value) {
            this.serviceLines.add(value);
            return this;
        }

        /** Replaces the line at a 0-based index. */
        public Builder serviceLine(int index, ServiceLine value) {
            this.serviceLines.set(index, value);
            return this;
        }

        /** Sets the total charge to the sum of the line charges. */
        public Builder totalChargeFromLines() {
            BigDecimal sum = BigDecimal.ZERO.setScale(2);
            for (ServiceLine line : serviceLines) {
                sum = sum.add(line.charge());
            }
            this.totalCharge = sum;
            return this;
        }

        public Claim build() {
            return new Claim(id, practiceId, type, patientControlNumber, totalCharge, placeOfService, typeOfBill,
                    frequencyCode, originalClaimNumber, diagnoses, onsetDate, accidentDate, admissionDate,
                    billingProvider, renderingProviderNpi, patient, subscriber, relationshipCode, payerId,
                    priority, serviceLines);
        }
    }
}
