package org.oa.web.interfaces.api;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import org.oa.core.claim.BillingProvider;
import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimFrequency;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ClaimType;
import org.oa.core.claim.ServiceLine;
import org.oa.core.contact.Address;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.Patient;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.Sex;
import org.oa.core.patient.Subscriber;
import org.oa.core.practice.PracticeId;

/**
 * Reads the small JSON shape of professional claims that {@code POST /claims} accepts into OA claims. It checks
 * only shape and types (what must be there, strings, numbers, dates); whether the values make a good claim is for
 * the front-end edits, which the claims meet after being written as an 837. Problems name the JSON path, never a
 * value. Not thread-safe: one per request.
 *
 * <pre>{@code
 * [ {
 *   "patientControlNumber": "PCN-1001",                  required
 *   "payerId": "SIM01",                                  required; one payer per request
 *   "placeOfService": "11",                              required
 *   "frequency": "1",                                    optional: 1 original (default), 7 replacement, 8 void
 *   "originalClaimNumber": "",                           the payer's claim number, for 7 and 8
 *   "diagnoses": ["E119", "I10"],                        required, ICD-10-CM without the dot, 1 to 12
 *   "billingProvider": { "name", "npi", "taxonomy", "taxId", "phone", "address" },   required
 *   "renderingProviderNpi": "1245319599",                optional
 *   "patient": { "firstName", "lastName", "birthDate": "1980-03-14", "sex": "F|M|U", "address" },  required
 *   "subscriber": { "memberId", "groupNumber", "relationshipCode": "18",            required; 18 = self,
 *                   "firstName", "lastName", "birthDate", "sex", "address" },       else the person is required
 *   "serviceLines": [ { "procedureCode": "99213", "modifiers": ["25"], "charge": "150.00", "units": 1,
 *                       "serviceDate": "2026-10-15", "diagnosisPointers": [1] } ]   required, 1 to 50
 * } ]
 * address: { "line1", "line2", "city", "state", "zip" }
 * }</pre>
 */
final class JsonClaims {

    /** Most claims one request may carry. */
    static final int MAX_CLAIMS = 100;

    private final List<ApiError.InputProblem> problems = new ArrayList<>();

    /** The claims read, or the problems found; exactly one of them is non-empty. */
    record Result(List<Claim> claims, List<ApiError.InputProblem> problems) {
    }

    /** Reads a JSON array of claims for {@code practice}. */
    static Result read(String body, PracticeId practice) {
        return new JsonClaims().readAll(body, practice);
    }

    private Result readAll(String body, PracticeId practice) {
        JsonStructure root;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            root = reader.read();
        } catch (JsonException | IllegalStateException e) {
            return failed("$", "the body is not well-formed JSON");
        }
        if (!(root instanceof JsonArray array)) {
            return failed("$", "the body must be a JSON array of claims");
        }
        if (array.isEmpty() || array.size() > MAX_CLAIMS) {
            return failed("$", "send 1 to " + MAX_CLAIMS + " claims");
        }
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "$[" + i + "]";
            JsonObject o = object(array.get(i), path);
            if (o != null) {
                Claim claim = claim(o, path, practice);
                if (claim != null) {
                    claims.add(claim);
                }
            }
        }
        if (problems.isEmpty()) {
            String payer = claims.get(0).payerId().value();
            for (int i = 1; i < claims.size(); i++) {
                if (!claims.get(i).payerId().value().equals(payer)) {
                    problem("$[" + i + "].payerId", "all claims of one request must be for the same payer");
                }
            }
        }
        return problems.isEmpty() ? new Result(claims, List.of()) : new Result(List.of(), List.copyOf(problems));
    }

    private Claim claim(JsonObject o, String path, PracticeId practice) {
        int before = problems.size();
        String pcn = text(o, "patientControlNumber", path, true);
        String payer = text(o, "payerId", path, true);
        PayerId payerId = null;
        if (payer != null && !payer.isEmpty()) {
            try {
                payerId = PayerId.of(payer);
            } catch (RuntimeException e) {
                problem(path + ".payerId", "must be 1 to 80 letters, digits or hyphens");
            }
        }
        String pos = text(o, "placeOfService", path, true);
        String frequencyCode = text(o, "frequency", path, false);
        ClaimFrequency frequency = ClaimFrequency.ORIGINAL;
        if (frequencyCode != null && !frequencyCode.isEmpty()) {
            frequency = ClaimFrequency.fromCode(frequencyCode).orElse(null);
            if (frequency == null) {
                problem(path + ".frequency", "must be 1 (original), 7 (replacement) or 8 (void)");
            }
        }
        String original = text(o, "originalClaimNumber", path, false);
        List<String> diagnoses = strings(o, "diagnoses", path, true);
        if (diagnoses != null && (diagnoses.isEmpty() || diagnoses.size() > 12)) {
            problem(path + ".diagnoses", "must hold 1 to 12 codes");
        }
        BillingProvider billing = billingProvider(o, path + ".billingProvider");
        String rendering = text(o, "renderingProviderNpi", path, false);
        Patient patient = patient(o, path + ".patient");
        JsonObject s = member(o, "subscriber", path, true);
        Subscriber subscriber = null;
        String relationship = "18";
        if (s != null && patient != null) {
            String sp = path + ".subscriber";
            String memberId = text(s, "memberId", sp, true);
            String group = text(s, "groupNumber", sp, false);
            String code = text(s, "relationshipCode", sp, false);
            relationship = code == null || code.isEmpty() ? "18" : code;
            if (relationship.equals("18")) {
                subscriber = Subscriber.self(patient, memberId, group);
            } else {
                subscriber = new Subscriber(text(s, "firstName", sp, true), text(s, "lastName", sp, true),
                        date(s, "birthDate", sp, false), sex(s, sp), address(s, sp, false), memberId, group);
            }
        }
        List<ServiceLine> lines = serviceLines(o, path);
        if (problems.size() > before) {
            return null;
        }
        Claim.Builder b = Claim.builder()
                .id(ClaimId.random())
                .practiceId(practice)
                .type(ClaimType.PROFESSIONAL)
                .patientControlNumber(pcn)
                .placeOfService(pos)
                .frequency(frequency)
                .diagnoses(diagnoses.toArray(String[]::new))
                .billingProvider(billing)
                .renderingProviderNpi(rendering)
                .patient(patient)
                .subscriber(subscriber)
                .relationshipCode(relationship)
                .payerId(payerId);
        if (original != null && !original.isEmpty()) {
            b.originalClaimNumber(original);
        }
        lines.forEach(b::addServiceLine);
        try {
            return b.totalChargeFromLines().build();
        } catch (RuntimeException e) {
            // The record's structural checks; their messages name fields, never values.
            problem(path, "not a claim OA can carry: " + e.getMessage());
            return null;
        }
    }

    private BillingProvider billingProvider(JsonObject claim, String path) {
        JsonObject o = member(claim, "billingProvider", path.substring(0, path.lastIndexOf('.')), true);
        if (o == null) {
            return null;
        }
        return new BillingProvider(text(o, "name", path, true), text(o, "npi", path, true),
                text(o, "taxonomy", path, false), text(o, "taxId", path, true), address(o, path, true),
                text(o, "phone", path, false));
    }

    private Patient patient(JsonObject claim, String path) {
        JsonObject o = member(claim, "patient", path.substring(0, path.lastIndexOf('.')), true);
        if (o == null) {
            return null;
        }
        return new Patient(PatientId.random(), text(o, "firstName", path, true), text(o, "lastName", path, true),
                date(o, "birthDate", path, true), sex(o, path), address(o, path, true));
    }

    private List<ServiceLine> serviceLines(JsonObject claim, String path) {
        JsonValue value = claim.get("serviceLines");
        List<ServiceLine> lines = new ArrayList<>();
        if (!(value instanceof JsonArray array) || array.isEmpty() || array.size() > 50) {
            problem(path + ".serviceLines", "must be an array of 1 to 50 service lines");
            return lines;
        }
        for (int i = 0; i < array.size(); i++) {
            String lp = path + ".serviceLines[" + i + "]";
            JsonObject o = object(array.get(i), lp);
            if (o == null) {
                continue;
            }
            String procedure = text(o, "procedureCode", lp, true);
            List<String> modifiers = strings(o, "modifiers", lp, false);
            BigDecimal charge = decimal(o, "charge", lp, true);
            BigDecimal units = decimal(o, "units", lp, false);
            LocalDate date = date(o, "serviceDate", lp, true);
            List<Integer> pointers = integers(o, "diagnosisPointers", lp);
            if (charge != null && charge.scale() > 2) {
                problem(lp + ".charge", "must have at most two decimals");
                continue;
            }
            if (procedure == null || charge == null || date == null || pointers == null) {
                continue;
            }
            ServiceLine.Builder line = ServiceLine.builder().lineControlNumber(Integer.toString(i + 1))
                    .procedureCode(procedure).modifiers(modifiers == null ? List.of() : modifiers)
                    .charge(charge.setScale(2)).units(units == null ? BigDecimal.ONE : units).serviceDate(date)
                    .diagnosisPointers(pointers.isEmpty() ? List.of(1) : pointers);
            try {
                lines.add(line.build());
            } catch (RuntimeException e) {
                problem(lp, "not a service line OA can carry: " + e.getMessage());
            }
        }
        return lines;
    }

    private Address address(JsonObject owner, String path, boolean required) {
        JsonObject o = member(owner, "address", path, required);
        if (o == null) {
            return null;
        }
        String ap = path + ".address";
        return new Address(text(o, "line1", ap, true), text(o, "line2", ap, false), text(o, "city", ap, true),
                text(o, "state", ap, true), text(o, "zip", ap, true));
    }

    private Sex sex(JsonObject o, String path) {
        String code = text(o, "sex", path, false);
        if (code == null || code.isEmpty()) {
            return Sex.UNKNOWN;
        }
        for (Sex sex : Sex.values()) {
            if (sex.code().equals(code.toUpperCase(Locale.ROOT))) {
                return sex;
            }
        }
        problem(path + ".sex", "must be F, M or U");
        return Sex.UNKNOWN;
    }

    private JsonObject member(JsonObject o, String name, String path, boolean required) {
        JsonValue value = o.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                problem(path + "." + name, "is required");
            }
            return null;
        }
        return object(value, path + "." + name);
    }

    private JsonObject object(JsonValue value, String path) {
        if (value instanceof JsonObject o) {
            return o;
        }
        problem(path, "must be a JSON object");
        return null;
    }

    private String text(JsonObject o, String name, String path, boolean required) {
        JsonValue value = o.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                problem(path + "." + name, "is required");
            }
            return required ? null : "";
        }
        if (!(value instanceof JsonString s)) {
            problem(path + "." + name, "must be a string");
            return null;
        }
        String text = s.getString().strip();
        if (required && text.isEmpty()) {
            problem(path + "." + name, "must not be empty");
            return null;
        }
        if (text.length() > 80 && !name.startsWith("line") && !name.endsWith("Name") && !name.equals("name")
                || text.length() > 255) {
            problem(path + "." + name, "is too long");
            return null;
        }
        return text;
    }

    private List<String> strings(JsonObject o, String name, String path, boolean required) {
        JsonValue value = o.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                problem(path + "." + name, "is required");
            }
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            problem(path + "." + name, "must be an array of strings");
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonString s) || s.getString().isBlank()) {
                problem(path + "." + name + "[" + i + "]", "must be a non-empty string");
                return null;
            }
            out.add(s.getString().strip());
        }
        return out;
    }

    private List<Integer> integers(JsonObject o, String name, String path) {
        JsonValue value = o.get(name);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array) || array.size() > 4) {
            problem(path + "." + name, "must be an array of at most 4 numbers");
            return null;
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < 1 || n.intValue() > 12) {
                problem(path + "." + name + "[" + i + "]", "must be a whole number from 1 to 12");
                return null;
            }
            out.add(n.intValue());
        }
        return out;
    }

    private BigDecimal decimal(JsonObject o, String name, String path, boolean required) {
        JsonValue value = o.get(name);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                problem(path + "." + name, "is required");
            }
            return null;
        }
        try {
            if (value instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            if (value instanceof JsonString s) {
                return new BigDecimal(s.getString().strip());
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(path + "." + name, "must be a decimal number, e.g. \"150.00\"");
        return null;
    }

    private LocalDate date(JsonObject o, String name, String path, boolean required) {
        String text = text(o, name, path, required);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(path + "." + name, "must be a date as YYYY-MM-DD");
            return null;
        }
    }

    private void problem(String path, String message) {
        if (problems.size() < 50) {
            problems.add(new ApiError.InputProblem(path, message));
        }
    }

    private Result failed(String path, String message) {
        problem(path, message);
        return new Result(List.of(), List.copyOf(problems));
    }
}
