package org.oa.web.interfaces.portal.servicecenter;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.oa.core.claim.BillingProvider;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ClaimType;
import org.oa.core.claim.ServiceLine;
import org.oa.core.contact.Address;
import org.oa.core.edit.EditFailure;
import org.oa.core.edit.Severity;
import org.oa.core.identifier.InvalidIdentifierException;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.Patient;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.Sex;
import org.oa.core.patient.Subscriber;
import org.oa.core.practice.PracticeId;
import org.oa.edi.claims.MappingContext;

/**
 * The CMS-1500 / UB-04 form behind Online Claim Entry and Claim Fix: every box is text keyed by the input's
 * name, so the page, the live check and the submit read the same values. Converting to a claim reports what
 * cannot be read (a date that is not a date, an amount that is not a number) as failures with the field path
 * the front-end edits use, so a form shows every problem beside its box. Contains PHI: never logged.
 */
public final class ClaimForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Service lines on the form (CMS-1500 has six). */
    public static final int LINES = 6;
    /** Diagnosis boxes (CMS-1500 box 21 A-L). */
    public static final int DIAGNOSES = 12;

    /** Input names of the claim-level boxes, with the field path the edits blame. */
    static final Map<String, String> FIELDS = new LinkedHashMap<>();
    /** Input name suffixes of a service line, with the line field's name. */
    static final Map<String, String> LINE_FIELDS = new LinkedHashMap<>();
    private static final Pattern LINE_PATH = Pattern.compile("^claim\\.serviceLines\\[(\\d+)](.*)$");
    private static final String FIX = "Correct the box and check again.";

    static {
        FIELDS.put("type", "claim.type");
        FIELDS.put("patientControlNumber", "claim.patientControlNumber");
        FIELDS.put("payerId", "claim.payerId");
        FIELDS.put("placeOfService", "claim.placeOfService");
        FIELDS.put("typeOfBill", "claim.typeOfBill");
        FIELDS.put("frequencyCode", "claim.frequencyCode");
        FIELDS.put("originalClaimNumber", "claim.originalClaimNumber");
        FIELDS.put("relationshipCode", "claim.relationshipCode");
        FIELDS.put("patientLastName", "claim.patient.lastName");
        FIELDS.put("patientFirstName", "claim.patient.firstName");
        FIELDS.put("patientBirthDate", "claim.patient.birthDate");
        FIELDS.put("patientSex", "claim.patient.sex");
        FIELDS.put("patientLine1", "claim.patient.address.line1");
        FIELDS.put("patientLine2", "claim.patient.address.line2");
        FIELDS.put("patientCity", "claim.patient.address.city");
        FIELDS.put("patientState", "claim.patient.address.state");
        FIELDS.put("patientZip", "claim.patient.address.zip");
        FIELDS.put("memberId", "claim.subscriber.memberId");
        FIELDS.put("groupNumber", "claim.subscriber.groupNumber");
        FIELDS.put("subscriberLastName", "claim.subscriber.lastName");
        FIELDS.put("subscriberFirstName", "claim.subscriber.firstName");
        FIELDS.put("subscriberBirthDate", "claim.subscriber.birthDate");
        FIELDS.put("subscriberSex", "claim.subscriber.sex");
        FIELDS.put("billingName", "claim.billingProvider.name");
        FIELDS.put("billingNpi", "claim.billingProvider.npi");
        FIELDS.put("billingTaxonomy", "claim.billingProvider.taxonomy");
        FIELDS.put("billingTaxId", "claim.billingProvider.taxId");
        FIELDS.put("billingLine1", "claim.billingProvider.address.line1");
        FIELDS.put("billingLine2", "claim.billingProvider.address.line2");
        FIELDS.put("billingCity", "claim.billingProvider.address.city");
        FIELDS.put("billingState", "claim.billingProvider.address.state");
        FIELDS.put("billingZip", "claim.billingProvider.address.zip");
        FIELDS.put("billingPhone", "claim.billingProvider.phone");
        FIELDS.put("renderingProviderNpi", "claim.renderingProviderNpi");
        FIELDS.put("onsetDate", "claim.onsetDate");
        FIELDS.put("accidentDate", "claim.accidentDate");
        FIELDS.put("admissionDate", "claim.admissionDate");
        LINE_FIELDS.put("ServiceFrom", "serviceFrom");
        LINE_FIELDS.put("ServiceTo", "serviceTo");
        LINE_FIELDS.put("RevenueCode", "revenueCode");
        LINE_FIELDS.put("ProcedureCode", "procedureCode");
        LINE_FIELDS.put("Modifiers", "modifiers");
        LINE_FIELDS.put("Pointers", "diagnosisPointers");
        LINE_FIELDS.put("Charge", "charge");
        LINE_FIELDS.put("Units", "units");
        LINE_FIELDS.put("Ndc", "ndc");
    }

    private final Map<String, String> values = new LinkedHashMap<>();

    /** An empty form of the given type, with frequency 1, self as relationship and one unit per line. */
    public static ClaimForm blank(ClaimType type) {
        ClaimForm f = new ClaimForm();
        f.values.put("type", type.name());
        f.values.put("frequencyCode", "1");
        f.values.put("relationshipCode", "18");
        f.values.put("patientSex", "U");
        f.values.put("subscriberSex", "U");
        return f;
    }

    /** Every input name of the form. */
    public static List<String> inputNames() {
        List<String> names = new ArrayList<>(FIELDS.keySet());
        for (int d = 0; d < DIAGNOSES; d++) {
            names.add("dx" + d);
        }
        for (int i = 0; i < LINES; i++) {
            for (String suffix : LINE_FIELDS.keySet()) {
                names.add("line" + i + suffix);
            }
        }
        return names;
    }

    /** A form from submitted values (unknown names are ignored). */
    public static ClaimForm of(Function<String, String> parameter) {
        ClaimForm f = new ClaimForm();
        for (String name : inputNames()) {
            String v = parameter.apply(name);
            if (v != null) {
                f.values.put(name, v);
            }
        }
        return f;
    }

    /** The form showing a stored claim. */
    public static ClaimForm of(Claim c) {
        ClaimForm f = blank(c.type());
        Map<String, String> v = f.values;
        v.put("patientControlNumber", c.patientControlNumber());
        v.put("payerId", c.payerId().value());
        v.put("placeOfService", c.placeOfService());
        v.put("typeOfBill", c.typeOfBill());
        v.put("frequencyCode", c.frequencyCode());
        v.put("originalClaimNumber", c.originalClaimNumber());
        v.put("relationshipCode", c.relationshipCode());
        Patient p = c.patient();
        v.put("patientLastName", p.lastName());
        v.put("patientFirstName", p.firstName());
        v.put("patientBirthDate", text(p.birthDate()));
        v.put("patientSex", p.sex().code());
        putAddress(v, "patient", p.address());
        Subscriber s = c.subscriber();
        v.put("memberId", s.memberId());
        v.put("groupNumber", s.groupNumber());
        v.put("subscriberLastName", s.lastName());
        v.put("subscriberFirstName", s.firstName());
        v.put("subscriberBirthDate", text(s.birthDate()));
        v.put("subscriberSex", s.sex().code());
        BillingProvider b = c.billingProvider();
        v.put("billingName", b.name());
        v.put("billingNpi", b.npi());
        v.put("billingTaxonomy", b.taxonomy());
        v.put("billingTaxId", b.taxId());
        putAddress(v, "billing", b.address());
        v.put("billingPhone", b.phone());
        v.put("renderingProviderNpi", c.renderingProviderNpi());
        v.put("onsetDate", text(c.onsetDate()));
        v.put("accidentDate", text(c.accidentDate()));
        v.put("admissionDate", text(c.admissionDate()));
        for (int d = 0; d < c.diagnoses().size() && d < DIAGNOSES; d++) {
            v.put("dx" + d, c.diagnoses().get(d).code());
        }
        for (int i = 0; i < c.serviceLines().size() && i < LINES; i++) {
            ServiceLine l = c.serviceLines().get(i);
            String p0 = "line" + i;
            v.put(p0 + "ServiceFrom", text(l.serviceFrom()));
            v.put(p0 + "ServiceTo", text(l.serviceTo()));
            v.put(p0 + "RevenueCode", l.revenueCode());
            v.put(p0 + "ProcedureCode", l.procedureCode());
            v.put(p0 + "Modifiers", String.join(" ", l.modifiers()));
            v.put(p0 + "Pointers", String.join(",", l.diagnosisPointers().stream().map(String::valueOf).toList()));
            v.put(p0 + "Charge", l.charge().toPlainString());
            v.put(p0 + "Units", l.units().stripTrailingZeros().toPlainString());
            v.put(p0 + "Ndc", l.ndc());
        }
        return f;
    }

    /** The values by input name, for the page's bindings. */
    public Map<String, String> getValues() {
        return values;
    }

    /** The claim type of the form. */
    public ClaimType type() {
        return "INSTITUTIONAL".equals(get("type")) ? ClaimType.INSTITUTIONAL : ClaimType.PROFESSIONAL;
    }

    /** The sum of the line charges that are numbers, as shown in box 28 / FL 47. */
    public String getTotal() {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (int i = 0; i < LINES; i++) {
            try {
                String charge = get("line" + i + "Charge");
                if (!charge.isEmpty()) {
                    total = total.add(new BigDecimal(charge));
                }
            } catch (NumberFormatException e) {
                // Reported by the conversion.
            }
        }
        return total.toPlainString();
    }

    /**
     * What converting the form gave: the claim, or the failures that prevent building one.
     *
     * @param claim       the claim, null when {@code failures} prevent building it
     * @param failures    what cannot be read, with form field paths
     * @param lineIndexes the form line of each claim line (empty form lines are skipped)
     */
    public record Conversion(Claim claim, List<EditFailure> failures, List<Integer> lineIndexes) {
        public Conversion {
            failures = List.copyOf(failures);
            lineIndexes = List.copyOf(lineIndexes);
        }

        /** Edit failures of the claim with their line paths pointing to the form's lines. */
        public List<EditFailure> onForm(List<EditFailure> editFailures) {
            return toFormPaths(editFailures, lineIndexes);
        }
    }

    /**
     * Builds the claim {@code id} of {@code practice} from the form; {@code patientId} is kept when not null
     * (Claim Fix), otherwise derived as for uploaded claims.
     */
    public Conversion toClaim(ClaimId id, PracticeId practice, PatientId patientId) {
        List<EditFailure> failures = new ArrayList<>();
        LocalDate patientBirth = date("patientBirthDate", failures);
        LocalDate subscriberBirth = date("subscriberBirthDate", failures);
        LocalDate onset = date("onsetDate", failures);
        LocalDate accident = date("accidentDate", failures);
        LocalDate admission = date("admissionDate", failures);
        PayerId payer = null;
        try {
            payer = PayerId.of(get("payerId"));
        } catch (InvalidIdentifierException | IllegalArgumentException e) {
            failures.add(failure("PAYER_ID_FORMAT", "claim.payerId", "Enter the payer ID from the payer list "
                    + "(letters and digits)."));
        }
        Address patientAddress = address("patient");
        PatientId pid = patientId != null ? patientId : MappingContext.derivedPatientIds().idOf(practice,
                get("memberId"), get("patientLastName"), get("patientFirstName"), patientBirth);
        Patient patient = new Patient(pid, get("patientFirstName"), get("patientLastName"), patientBirth,
                sex("patientSex"), patientAddress);
        Subscriber subscriber = "18".equals(get("relationshipCode"))
                ? Subscriber.self(patient, get("memberId"), get("groupNumber"))
                : new Subscriber(get("subscriberFirstName"), get("subscriberLastName"), subscriberBirth,
                        sex("subscriberSex"), patientAddress, get("memberId"), get("groupNumber"));
        List<String> diagnoses = new ArrayList<>();
        for (int d = 0; d < DIAGNOSES; d++) {
            if (!get("dx" + d).isEmpty()) {
                diagnoses.add(get("dx" + d).toUpperCase(Locale.ROOT));
            }
        }
        List<ServiceLine> lines = new ArrayList<>();
        List<Integer> formIndexOfLine = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            if (lineIsEmpty(i)) {
                continue;
            }
            ServiceLine line = line(i, failures);
            if (line != null) {
                lines.add(line);
                formIndexOfLine.add(i);
            }
        }
        if (lines.isEmpty() && failures.stream().noneMatch(f -> f.fieldPath().startsWith("claim.serviceLines"))) {
            failures.add(failure("SERVICE_LINE_REQUIRED", "claim.serviceLines[0].procedureCode",
                    "Enter at least one service line."));
        }
        if (payer == null || !failures.isEmpty()) {
            return new Conversion(null, failures, formIndexOfLine);
        }
        ClaimType type = type();
        Claim claim = Claim.builder().id(id).practiceId(practice).type(type)
                .patientControlNumber(get("patientControlNumber"))
                .placeOfService(type == ClaimType.PROFESSIONAL ? get("placeOfService") : "")
                .typeOfBill(type == ClaimType.INSTITUTIONAL ? get("typeOfBill") : "")
                .frequencyCode(get("frequencyCode")).originalClaimNumber(get("originalClaimNumber"))
                .diagnoses(diagnoses.toArray(String[]::new)).onsetDate(onset).accidentDate(accident)
                .admissionDate(type == ClaimType.INSTITUTIONAL ? admission : null)
                .billingProvider(new BillingProvider(get("billingName"), get("billingNpi"), get("billingTaxonomy"),
                        get("billingTaxId"), address("billing"), get("billingPhone")))
                .renderingProviderNpi(get("renderingProviderNpi")).patient(patient).subscriber(subscriber)
                .relationshipCode(get("relationshipCode")).payerId(payer).serviceLines(lines)
                .totalChargeFromLines().build();
        return new Conversion(claim, List.of(), formIndexOfLine);
    }

    private boolean lineIsEmpty(int i) {
        for (String suffix : LINE_FIELDS.keySet()) {
            if (!get("line" + i + suffix).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private ServiceLine line(int i, List<EditFailure> failures) {
        String p = "line" + i;
        String path = "claim.serviceLines[" + i + "].";
        int before = failures.size();
        LocalDate from = date(p + "ServiceFrom", path + "serviceFrom", failures);
        LocalDate to = date(p + "ServiceTo", path + "serviceTo", failures);
        BigDecimal charge = null;
        try {
            charge = new BigDecimal(get(p + "Charge").replace("$", "").replace(",", ""));
            if (charge.scale() > 2) {
                throw new NumberFormatException("cents");
            }
        } catch (NumberFormatException e) {
            failures.add(failure("FORM_AMOUNT", path + "charge", "Enter the charge in dollars and cents, e.g. "
                    + "150.00."));
        }
        BigDecimal units = null;
        try {
            units = new BigDecimal(get(p + "Units").isEmpty() ? "1" : get(p + "Units"));
        } catch (NumberFormatException e) {
            failures.add(failure("FORM_NUMBER", path + "units", "Enter the units as a number, e.g. 1."));
        }
        List<Integer> pointers = new ArrayList<>();
        for (String ptr : get(p + "Pointers").split("[,\\s]+")) {
            if (ptr.isEmpty()) {
                continue;
            }
            if (ptr.length() == 1 && Character.isLetter(ptr.charAt(0))) {
                // CMS-1500 box 24E uses letters A-L for box 21's diagnoses.
                pointers.add(Character.toUpperCase(ptr.charAt(0)) - 'A' + 1);
                continue;
            }
            try {
                pointers.add(Integer.valueOf(ptr));
            } catch (NumberFormatException e) {
                failures.add(failure("FORM_NUMBER", path + "diagnosisPointers",
                        "Enter diagnosis pointers as letters A-L or numbers 1-12, e.g. A,B."));
                break;
            }
        }
        if (failures.size() > before) {
            return null;
        }
        List<String> modifiers = new ArrayList<>();
        for (String m : get(p + "Modifiers").toUpperCase(Locale.ROOT).split("[,\\s]+")) {
            if (!m.isEmpty()) {
                modifiers.add(m);
            }
        }
        ServiceLine.Builder b = ServiceLine.builder().lineControlNumber(String.valueOf(i + 1))
                .procedureCode(get(p + "ProcedureCode").toUpperCase(Locale.ROOT)).modifiers(modifiers)
                .charge(charge).units(units).serviceDates(from, to == null ? from : to)
                .diagnosisPointers(pointers).revenueCode(get(p + "RevenueCode"));
        if (!get(p + "Ndc").isEmpty()) {
            b.ndc(get(p + "Ndc"));
        }
        return b.build();
    }

    /** Rewrites line paths of edit failures from claim line positions to form line positions. */
    static List<EditFailure> toFormPaths(List<EditFailure> failures, List<Integer> formIndexOfLine) {
        List<EditFailure> out = new ArrayList<>(failures.size());
        for (EditFailure f : failures) {
            Matcher m = LINE_PATH.matcher(f.fieldPath());
            if (m.matches() && Integer.parseInt(m.group(1)) < formIndexOfLine.size()) {
                String path = "claim.serviceLines[" + formIndexOfLine.get(Integer.parseInt(m.group(1))) + "]"
                        + m.group(2);
                out.add(new EditFailure(f.code(), f.severity(), path, f.message(), f.hint()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** The input name that shows a field path, or null when no box shows it. */
    public static String inputFor(String fieldPath) {
        for (Map.Entry<String, String> e : FIELDS.entrySet()) {
            if (e.getValue().equals(fieldPath)) {
                return e.getKey();
            }
        }
        Matcher dx = Pattern.compile("^claim\\.diagnoses\\[(\\d+)](\\.code)?$").matcher(fieldPath);
        if (dx.matches()) {
            return "dx" + dx.group(1);
        }
        Matcher m = LINE_PATH.matcher(fieldPath);
        if (m.matches()) {
            String field = m.group(2).startsWith(".") ? m.group(2).substring(1) : "";
            for (Map.Entry<String, String> e : LINE_FIELDS.entrySet()) {
                if (field.startsWith(e.getValue())) {
                    return "line" + m.group(1) + e.getKey();
                }
            }
            return "line" + m.group(1) + "ProcedureCode";
        }
        return null;
    }

    private String get(String name) {
        String v = values.get(name);
        return v == null ? "" : v.strip();
    }

    private LocalDate date(String name, List<EditFailure> failures) {
        return date(name, FIELDS.get(name), failures);
    }

    private LocalDate date(String name, String path, List<EditFailure> failures) {
        String v = get(name);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            failures.add(failure("FORM_DATE", path, "Enter the date as YYYY-MM-DD, or pick it from the calendar."));
            return null;
        }
    }

    private Sex sex(String name) {
        return switch (get(name).toUpperCase(Locale.ROOT)) {
            case "F" -> Sex.FEMALE;
            case "M" -> Sex.MALE;
            default -> Sex.UNKNOWN;
        };
    }

    private Address address(String prefix) {
        return new Address(get(prefix + "Line1"), get(prefix + "Line2"), get(prefix + "City"),
                get(prefix + "State").toUpperCase(Locale.ROOT), get(prefix + "Zip").replace("-", ""));
    }

    private static void putAddress(Map<String, String> v, String prefix, Address a) {
        v.put(prefix + "Line1", a.line1());
        v.put(prefix + "Line2", a.line2());
        v.put(prefix + "City", a.city());
        v.put(prefix + "State", a.state());
        v.put(prefix + "Zip", a.zip());
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static EditFailure failure(String code, String path, String message) {
        return new EditFailure(code, Severity.ERROR, path, message, FIX);
    }
}
