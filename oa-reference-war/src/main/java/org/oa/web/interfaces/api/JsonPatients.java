package org.oa.web.interfaces.api;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;

import org.oa.core.contact.Address;
import org.oa.core.contact.Phone;
import org.oa.core.contact.PhoneType;
import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.CoverageId;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.ExternalId;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientRelationship;
import org.oa.core.patient.PersonName;
import org.oa.core.patient.RelatedPerson;
import org.oa.core.patient.Sex;
import org.oa.core.practice.PracticeId;

/**
 * Reads the patient JSON of {@code POST /patients} and {@code PUT /patients/{id}}:
 * <pre>{"lastName","firstName","middleName"?,"birthDate":"YYYY-MM-DD","sex":"F|M|U",
 *  "address":{"line1","line2","city","state","zip"}?,"phone"?,"email"?,"externalId"?,
 *  "coverages":[{"payerId","memberId","groupNumber"?,"order":"PRIMARY|SECONDARY|TERTIARY",
 *    "relationship":"SELF|SPOUSE|CHILD|OTHER","subscriber"?:{"lastName","firstName","birthDate","sex"},
 *    "effectiveFrom"?,"effectiveTo"?}]?,"confirmNotDuplicate"?:true}</pre>
 * Every problem is reported with its JSON path and a message naming the field, never the value. Which payer IDs
 * exist is checked by the caller against the payer list.
 */
final class JsonPatients {

    private JsonPatients() {
    }

    /** What was read: the patient (without ID or account number yet), the coverages and the problems. */
    record Read(PatientRecord.Builder patient, List<CoverageDraft> coverages, String externalId,
                boolean confirmNotDuplicate, List<ApiError.InputProblem> problems) {
    }

    /** A coverage as sent; it becomes a record once the patient's ID is known. */
    record CoverageDraft(String path, PayerId payerId, MemberId memberId, String groupNumber,
                         CoveragePriority priority, PatientRelationship relationship, RelatedPerson subscriber,
                         LocalDate from, LocalDate to) {
        CoverageRecord of(PatientId patient) {
            return new CoverageRecord(CoverageId.random(), patient, payerId, memberId, groupNumber, relationship,
                    subscriber, priority, from, to);
        }
    }

    static Read read(String json, PracticeId practice) {
        List<ApiError.InputProblem> problems = new ArrayList<>();
        JsonObject body;
        try {
            JsonValue value = Json.createReader(new StringReader(json)).readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(new ApiError.InputProblem("$", "The body must be one JSON object (a patient)."));
                return new Read(null, List.of(), null, false, problems);
            }
            body = value.asJsonObject();
        } catch (JsonParsingException e) {
            problems.add(new ApiError.InputProblem("$", "The body is not valid JSON."));
            return new Read(null, List.of(), null, false, problems);
        } catch (JsonException e) {
            problems.add(new ApiError.InputProblem("$", "The body could not be read as JSON."));
            return new Read(null, List.of(), null, false, problems);
        }
        PersonName name = attempt(problems, "$.lastName", "lastName and firstName are required (first up to 35, "
                + "last up to 60 characters)", () -> new PersonName(text(body, "firstName"),
                text(body, "middleName"), text(body, "lastName")));
        LocalDate born = date(problems, body, "birthDate", "$.birthDate", true);
        if (born != null && born.isAfter(LocalDate.now())) {
            problems.add(new ApiError.InputProblem("$.birthDate", "birthDate must not be in the future"));
        }
        Sex sex = sex(problems, body, "sex", "$.sex");
        Address address = null;
        JsonValue a = body.get("address");
        if (a != null && a.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject o = a.asJsonObject();
            String state = text(o, "state").toUpperCase(Locale.ROOT);
            String zip = text(o, "zip").replace("-", "");
            if (!state.isEmpty() && !state.matches("[A-Z]{2}")) {
                problems.add(new ApiError.InputProblem("$.address.state", "state must be a two-letter code"));
            }
            if (!zip.isEmpty() && !zip.matches("\\d{5}(\\d{4})?")) {
                problems.add(new ApiError.InputProblem("$.address.zip", "zip must have 5 or 9 digits"));
            }
            address = new Address(text(o, "line1"), text(o, "line2"), text(o, "city"), state, zip);
        } else if (a != null && a.getValueType() != JsonValue.ValueType.NULL) {
            problems.add(new ApiError.InputProblem("$.address", "address must be an object"));
        }
        PatientRecord.Builder builder = PatientRecord.builder().practiceId(practice).sex(sex).address(address);
        if (name != null) {
            builder.name(name);
        }
        if (born != null) {
            builder.birthDate(born);
        }
        String phone = text(body, "phone");
        if (!phone.isEmpty()) {
            String digits = Phone.digits(phone);
            if (digits == null) {
                problems.add(new ApiError.InputProblem("$.phone", "phone must be a 10-digit number"));
            } else {
                builder.phone(PhoneType.MOBILE, digits);
            }
        }
        attempt(problems, "$.email", "email must be an e-mail address such as name@example.org",
                () -> builder.email(text(body, "email")));
        List<CoverageDraft> coverages = new ArrayList<>();
        JsonValue c = body.get("coverages");
        if (c != null && c.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray array = c.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                String path = "$.coverages[" + i + "]";
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    problems.add(new ApiError.InputProblem(path, "each coverage must be an object"));
                    continue;
                }
                CoverageDraft draft = coverage(problems, array.getJsonObject(i), path);
                if (draft != null) {
                    coverages.add(draft);
                }
            }
        } else if (c != null && c.getValueType() != JsonValue.ValueType.NULL) {
            problems.add(new ApiError.InputProblem("$.coverages", "coverages must be an array"));
        }
        String externalId = text(body, "externalId");
        if (!externalId.isEmpty()) {
            attempt(problems, "$.externalId", "externalId must be 1 to " + ExternalId.MAX_LENGTH
                    + " printable characters", () -> builder.externalId(ExternalId.of(externalId)));
        }
        boolean confirm = body.containsKey("confirmNotDuplicate")
                && body.get("confirmNotDuplicate").getValueType() == JsonValue.ValueType.TRUE;
        return new Read(builder, coverages, externalId.isEmpty() ? null : externalId, confirm, problems);
    }

    private static CoverageDraft coverage(List<ApiError.InputProblem> problems, JsonObject o, String path) {
        int before = problems.size();
        PayerId payer = attempt(problems, path + ".payerId", "payerId is required: a payer ID from GET /payers",
                () -> PayerId.of(required(o, "payerId").toUpperCase(Locale.ROOT)));
        MemberId member = attempt(problems, path + ".memberId", "memberId is required, as on the insurance card",
                () -> new MemberId(required(o, "memberId")));
        String group = text(o, "groupNumber");
        if (group.length() > 50) {
            problems.add(new ApiError.InputProblem(path + ".groupNumber", "groupNumber must be at most 50 characters"));
        }
        CoveragePriority order = attempt(problems, path + ".order", "order must be PRIMARY, SECONDARY or TERTIARY",
                () -> CoveragePriority.valueOf(required(o, "order").toUpperCase(Locale.ROOT)));
        PatientRelationship relationship = attempt(problems, path + ".relationship",
                "relationship must be SELF, SPOUSE, CHILD or OTHER", () -> relationship(text(o, "relationship")));
        RelatedPerson subscriber = null;
        JsonValue s = o.get("subscriber");
        if (relationship != null && relationship != PatientRelationship.SELF) {
            if (s == null || s.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(new ApiError.InputProblem(path + ".subscriber",
                        "subscriber is required when relationship is not SELF"));
            } else {
                JsonObject so = s.asJsonObject();
                LocalDate born = date(problems, so, "birthDate", path + ".subscriber.birthDate", true);
                Sex sex = sex(problems, so, "sex", path + ".subscriber.sex");
                subscriber = attempt(problems, path + ".subscriber.lastName",
                        "subscriber lastName and firstName are required", () -> new RelatedPerson(
                                PersonName.of(text(so, "firstName"), text(so, "lastName")), born, sex, null, null));
            }
        } else if (s != null && s.getValueType() != JsonValue.ValueType.NULL) {
            problems.add(new ApiError.InputProblem(path + ".subscriber",
                    "subscriber must be left out when relationship is SELF"));
        }
        LocalDate from = date(problems, o, "effectiveFrom", path + ".effectiveFrom", false);
        LocalDate to = date(problems, o, "effectiveTo", path + ".effectiveTo", false);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new ApiError.InputProblem(path + ".effectiveTo", "effectiveTo must not be before effectiveFrom"));
        }
        return problems.size() > before ? null
                : new CoverageDraft(path, payer, member, group, order, relationship, subscriber, from, to);
    }

    private static PatientRelationship relationship(String text) {
        return switch (text.isEmpty() ? "SELF" : text.toUpperCase(Locale.ROOT)) {
            case "SELF" -> PatientRelationship.SELF;
            case "SPOUSE" -> PatientRelationship.SPOUSE;
            case "CHILD" -> PatientRelationship.CHILD;
            case "OTHER" -> PatientRelationship.OTHER;
            default -> throw new IllegalArgumentException("relationship");
        };
    }

    private static Sex sex(List<ApiError.InputProblem> problems, JsonObject o, String key, String path) {
        String text = text(o, key).toUpperCase(Locale.ROOT);
        switch (text) {
            case "F": return Sex.FEMALE;
            case "M": return Sex.MALE;
            case "U", "": return Sex.UNKNOWN;
            default:
                problems.add(new ApiError.InputProblem(path, key + " must be F, M or U"));
                return Sex.UNKNOWN;
        }
    }

    private static LocalDate date(List<ApiError.InputProblem> problems, JsonObject o, String key, String path,
                                  boolean required) {
        String text = text(o, key);
        if (text.isEmpty()) {
            if (required) {
                problems.add(new ApiError.InputProblem(path, key + " is required, as YYYY-MM-DD"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new ApiError.InputProblem(path, key + " must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    private static String required(JsonObject o, String key) {
        String text = text(o, key);
        if (text.isEmpty()) {
            throw new IllegalArgumentException(key);
        }
        return text;
    }

    /** A string member, stripped; empty when missing, null or not a string. */
    static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString().strip() : "";
    }

    private static <T> T attempt(List<ApiError.InputProblem> problems, String path, String message, Supplier<T> s) {
        try {
            return s.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new ApiError.InputProblem(path, message));
            return null;
        }
    }

    /** An account number as sent in a query (letters, digits, dashes), or null when it cannot be one. */
    static AccountNumber accountNumberOrNull(String text) {
        try {
            return AccountNumber.of(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
