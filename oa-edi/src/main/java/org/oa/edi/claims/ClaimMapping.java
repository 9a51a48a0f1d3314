package org.oa.edi.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.oa.core.claim.BillingProvider;
import org.oa.core.claim.Claim;
import org.oa.core.claim.Diagnosis;
import org.oa.core.claim.ServiceLine;
import org.oa.core.contact.Address;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.Patient;
import org.oa.core.patient.Sex;
import org.oa.core.patient.Subscriber;
import org.oa.edi.claims.MappingProblem.Severity;
import org.oa.edi.document.ClaimTransaction;
import org.oa.edi.document.ClaimType;
import org.oa.edi.document.Party;
import org.oa.edi.document.X12Document;

/**
 * Maps typed 837P/837I claims to OA core claims. A claim that lacks what a core claim must have (total charge,
 * billing provider, subscriber, patient, a well-formed payer ID, line charges and units, a supported payer
 * responsibility) is not mapped and gets {@link MappingProblem} errors; everything else, including values that
 * break business rules, is mapped as submitted so that front-end edits report it with a field path. Data the core
 * model has no place for (837I diagnoses other than principal/other, line place of service, unit types other than
 * units) gives warnings. Stateless and thread-safe.
 *
 * <pre>{@code
 * X12Document doc = X12Validator.newValidator().read(in);
 * MappingContext context = MappingContext.forPractice(practiceId);
 * for (ClaimTransaction tx : ClaimMapping.claimTransactions(doc)) {
 *     for (MappedClaim m : ClaimMapping.toCore(tx, context)) {
 *         m.coreClaim().ifPresent(claim -> FrontEndEdits.standard().run(claim, editContext));
 *     }
 * }
 * }</pre>
 */
public final class ClaimMapping {

    /** Diagnosis qualifiers kept as the claim's diagnoses: ICD-10 (ABK, ABF) and ICD-9 (BK, BF) principal/other. */
    private static final Set<String> KEPT_DIAGNOSES = Set.of("ABK", "ABF", "BK", "BF");

    private ClaimMapping() {
    }

    /** The 837 transaction sets of a document, in file order. */
    public static List<ClaimTransaction> claimTransactions(X12Document document) {
        List<ClaimTransaction> out = new ArrayList<>();
        for (var interchange : document.interchanges()) {
            for (var group : interchange.groups()) {
                for (var tx : group.transactions()) {
                    if (tx instanceof ClaimTransaction c) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    /** Maps every claim of {@code transaction}, in file order. */
    public static List<MappedClaim> toCore(ClaimTransaction transaction, MappingContext context) {
        Objects.requireNonNull(transaction, "transaction");
        Objects.requireNonNull(context, "context");
        List<MappedClaim> out = new ArrayList<>(transaction.claims().size());
        for (int i = 0; i < transaction.claims().size(); i++) {
            out.add(toCore(transaction.claimType(), transaction.claims().get(i), i, context));
        }
        return out;
    }

    /** Maps one claim of an 837 of {@code type}; {@code index} is its 0-based position in the transaction set. */
    public static MappedClaim toCore(ClaimType type, org.oa.edi.document.Claim in, int index,
            MappingContext context) {
        return new Mapper(type, in, context).map(index);
    }

    /** One mapping run; collects problems while building the claim. */
    private static final class Mapper {
        private final org.oa.edi.document.Claim in;
        private final MappingContext context;
        private final List<MappingProblem> problems = new ArrayList<>();
        private final boolean institutional;

        Mapper(ClaimType type, org.oa.edi.document.Claim in, MappingContext context) {
            this.in = Objects.requireNonNull(in, "claim");
            this.context = Objects.requireNonNull(context, "context");
            this.institutional = Objects.requireNonNull(type, "type") == ClaimType.INSTITUTIONAL;
        }

        private void claimProblem(Severity severity, String code, String loop, String segment, int element,
                String message) {
            problems.add(new MappingProblem(code, severity, loop, segment, element, 0, in.fileSegmentPosition(),
                    in.segmentPosition(), message));
        }

        private void lineProblem(Severity severity, String code, org.oa.edi.document.ServiceLine line, int element,
                String message) {
            // LX01 as sent: a damaged file may carry a negative or unreadable number (the validator reports it).
            problems.add(new MappingProblem(code, severity, "2400", institutional ? "SV2" : "SV1", element,
                    Math.max(0, line.lineNumber()), line.fileSegmentPosition(), line.segmentPosition(), message));
        }

        MappedClaim map(int index) {
            BigDecimal total = cents(in.totalCharge());
            if (in.totalCharge() == null) {
                claimProblem(Severity.ERROR, "TOTAL_CHARGE_MISSING", "2300", "CLM", 2,
                        "The total claim charge (CLM02) is missing or not a number.");
            } else if (total == null) {
                claimProblem(Severity.ERROR, "AMOUNT_NOT_IN_CENTS", "2300", "CLM", 2,
                        "The total claim charge (CLM02) has fractions of a cent.");
            }
            Party billing = in.billingProvider();
            if (billing == null) {
                claimProblem(Severity.ERROR, "BILLING_PROVIDER_MISSING", "2010AA", "NM1", 0,
                        "The claim has no billing provider (NM1*85, loop 2010AA).");
            }
            Party subscriber = in.subscriber();
            if (subscriber == null) {
                claimProblem(Severity.ERROR, "SUBSCRIBER_MISSING", "2010BA", "NM1", 0,
                        "The claim has no subscriber (NM1*IL, loop 2010BA).");
            }
            Party patient = in.patient();
            if (patient == null) {
                claimProblem(Severity.ERROR, "PATIENT_MISSING", "2010CA", "NM1", 0,
                        "The claim has no patient (NM1*QC, loop 2010CA).");
            }
            PayerId payerId = payerId();
            CoveragePriority priority = priority();
            List<ServiceLine> lines = lines();
            List<Diagnosis> diagnoses = diagnoses();
            if (problems.stream().anyMatch(MappingProblem::isError)) {
                return new MappedClaim(index, in.patientControlNumber(), null, problems);
            }
            Patient corePatient = new Patient(context.patientIds().idOf(context.practiceId(), subscriber.id(),
                    patient.lastOrOrganizationName(), patient.firstName(), patient.birthDate()),
                    patient.firstName(), patient.lastOrOrganizationName(), patient.birthDate(), sex(patient.gender()),
                    address(patient.address()));
            Subscriber coreSubscriber = new Subscriber(subscriber.firstName(), subscriber.lastOrOrganizationName(),
                    subscriber.birthDate(), sex(subscriber.gender()), address(subscriber.address()), subscriber.id(),
                    in.groupNumber());
            Party rendering = in.renderingProvider();
            Claim claim = Claim.builder()
                    .id(context.claimIds().get())
                    .practiceId(context.practiceId())
                    .type(institutional ? org.oa.core.claim.ClaimType.INSTITUTIONAL
                            : org.oa.core.claim.ClaimType.PROFESSIONAL)
                    .patientControlNumber(in.patientControlNumber())
                    .totalCharge(total)
                    .placeOfService(institutional ? "" : in.facilityCode())
                    .typeOfBill(institutional && !in.facilityCode().isEmpty() ? in.facilityCode() + in.frequencyCode()
                            : "")
                    .frequencyCode(in.frequencyCode())
                    .originalClaimNumber(in.originalClaimNumber())
                    .diagnoses(diagnoses)
                    .onsetDate(in.onsetDate())
                    .accidentDate(in.accidentDate())
                    .admissionDate(in.admissionDate())
                    .billingProvider(new BillingProvider(billingName(billing),
                            "XX".equals(billing.idQualifier()) ? billing.id() : "", billing.taxonomy(),
                            billing.taxId(), address(billing.address()), billing.phone()))
                    .renderingProviderNpi(rendering != null && "XX".equals(rendering.idQualifier()) ? rendering.id()
                            : "")
                    .patient(corePatient)
                    .subscriber(coreSubscriber)
                    .relationshipCode(in.relationshipCode())
                    .payerId(payerId)
                    .priority(priority)
                    .serviceLines(lines)
                    .build();
            return new MappedClaim(index, in.patientControlNumber(), claim, problems);
        }

        private PayerId payerId() {
            Party payer = in.payer();
            if (payer == null) {
                claimProblem(Severity.ERROR, "PAYER_MISSING", "2010BB", "NM1", 0,
                        "The claim has no payer (NM1*PR, loop 2010BB).");
                return null;
            }
            if (!isPayerId(payer.id())) {
                claimProblem(Severity.ERROR, "PAYER_ID_INVALID", "2010BB", "NM1", 9,
                        "The payer ID (NM109) must be 1 to 80 letters, digits or hyphens.");
                return null;
            }
            return PayerId.of(payer.id());
        }

        private CoveragePriority priority() {
            switch (in.payerResponsibility()) {
                case "P":
                    return CoveragePriority.PRIMARY;
                case "S":
                    return CoveragePriority.SECONDARY;
                case "T":
                    return CoveragePriority.TERTIARY;
                default:
                    claimProblem(Severity.ERROR, "PAYER_RESPONSIBILITY_UNSUPPORTED", "2000B", "SBR", 1,
                            "The payer responsibility (SBR01) must be P (primary), S (secondary) or T (tertiary); "
                                    + "OA does not handle other sequence codes yet.");
                    return null;
            }
        }

        private List<Diagnosis> diagnoses() {
            List<Diagnosis> out = new ArrayList<>(in.diagnoses().size());
            boolean dropped = false;
            for (org.oa.edi.document.Diagnosis d : in.diagnoses()) {
                if (KEPT_DIAGNOSES.contains(d.qualifier())) {
                    out.add(Diagnosis.of(d.code()));
                } else {
                    dropped = true;
                }
            }
            if (dropped) {
                claimProblem(Severity.WARNING, "DIAGNOSIS_NOT_KEPT", "2300", "HI", 0, "Admitting, reason-for-visit "
                        + "and external-cause diagnosis codes are not kept: OA claims hold principal and other "
                        + "diagnoses only.");
            }
            return out;
        }

        private List<ServiceLine> lines() {
            List<ServiceLine> out = new ArrayList<>(in.lines().size());
            int chargeElement = institutional ? 3 : 2;
            int unitsElement = institutional ? 5 : 4;
            for (org.oa.edi.document.ServiceLine line : in.lines()) {
                BigDecimal charge = cents(line.charge());
                if (line.charge() == null) {
                    lineProblem(Severity.ERROR, "LINE_CHARGE_MISSING", line, chargeElement,
                            "The service line charge is missing or not a number.");
                } else if (charge == null) {
                    lineProblem(Severity.ERROR, "AMOUNT_NOT_IN_CENTS", line, chargeElement,
                            "The service line charge has fractions of a cent.");
                }
                if (line.units() == null) {
                    lineProblem(Severity.ERROR, "LINE_UNITS_MISSING", line, unitsElement,
                            "The service units are missing or not a number.");
                }
                if (!line.unitType().isEmpty() && !line.unitType().equals("UN")) {
                    lineProblem(Severity.WARNING, "UNIT_TYPE_NOT_KEPT", line, unitsElement - 1, "The units are "
                            + "not counted as units (UN); OA claims keep the number only, so it is read as units.");
                }
                if (!institutional && !line.placeOfService().isEmpty()
                        && !line.placeOfService().equals(in.facilityCode())) {
                    lineProblem(Severity.WARNING, "LINE_PLACE_OF_SERVICE_NOT_KEPT", line, 5, "The line's own place "
                            + "of service (SV105) is not kept: OA claims have one place of service (CLM05-1).");
                }
                if (charge == null || line.units() == null) {
                    continue;
                }
                out.add(ServiceLine.builder()
                        .lineControlNumber(line.lineControlNumber())
                        .procedureCode(line.procedureCode())
                        .modifiers(line.modifiers())
                        .charge(charge)
                        .units(line.units())
                        .serviceDates(line.serviceFrom(), line.serviceTo())
                        .diagnosisPointers(line.diagnosisPointers())
                        .ndc(line.ndcQualifier(), line.ndc())
                        .revenueCode(line.revenueCode())
                        .build());
            }
            return out;
        }

        private static String billingName(Party p) {
            if (p.organization() || p.firstName().isEmpty()) {
                return p.lastOrOrganizationName();
            }
            return p.firstName() + " " + p.lastOrOrganizationName();
        }
    }

    private static BigDecimal cents(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        try {
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static Sex sex(String code) {
        return switch (code) {
            case "F" -> Sex.FEMALE;
            case "M" -> Sex.MALE;
            default -> Sex.UNKNOWN;
        };
    }

    private static Address address(org.oa.edi.document.Address a) {
        return a == null ? null : new Address(a.line1(), a.line2(), a.city(), a.state(), a.postalCode());
    }

    private static boolean isPayerId(String v) {
        if (v.isEmpty() || v.length() > 80) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
