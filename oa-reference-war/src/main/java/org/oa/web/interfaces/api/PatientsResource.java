package org.oa.web.interfaces.api;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.DuplicateCheck;
import org.oa.core.patient.ExternalId;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientPage;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientSearch;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.RecordProblem;
import org.oa.core.practice.SaveResult;
import org.oa.web.application.practice.PracticePatients;
import org.oa.web.application.practice.PracticeToday;

/**
 * The calling practice's patients: register one with coverages ({@code POST}), read one ({@code GET /{id}}),
 * change demographics and add coverages ({@code PUT /{id}}), and find patients by name, birth date or account
 * number ({@code GET ?q=}). Another practice's patient answers 404 like an unknown one. Every read and change is in
 * the audit trail with the patient's ID and the calling token.
 */
@Path("patients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PatientsResource {

    @Inject
    CallingPractice caller;

    @Inject
    PracticePatients patients;

    @Inject
    PracticeToday practiceToday;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "oa.api.max-body-bytes",
            defaultValue = BodyLimits.DEFAULT_MAX_BODY_BYTES)
    int maxBodyBytes;

    /** Registers a patient with their coverages; 201 with the patient, 409 when one with the same name exists. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(InputStream body) {
        Optional<String> json = body(body);
        if (json.isEmpty()) {
            return BodyLimits.tooLarge(maxBodyBytes);
        }
        PracticeId practice = caller.get();
        JsonPatients.Read read = JsonPatients.read(json.get(), practice);
        List<ApiError.InputProblem> problems = new ArrayList<>(read.problems());
        unknownPayers(read, problems);
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        PatientId id = PatientId.random();
        PatientRecord patient;
        try {
            patient = read.patient().id(id).accountNumber(patients.nextAccountNumber(practice, "P-")).build();
        } catch (IllegalArgumentException e) {
            // The record's messages name the rule and the field, never a value.
            return invalid(List.of(new ApiError.InputProblem("$", e.getMessage())));
        }
        List<CoverageRecord> coverages = read.coverages().stream().map(c -> c.of(id)).toList();
        SaveResult<PatientRecord> saved = patients.registerWithCoverages(practice, patient, coverages,
                read.confirmNotDuplicate() ? DuplicateCheck.CONFIRMED : DuplicateCheck.CHECK, actor());
        if (saved.refusedFor(RecordProblem.Code.POSSIBLE_DUPLICATE)) {
            return ApiError.response(Response.Status.CONFLICT, "possible_duplicate", "A patient with the same last "
                    + "name, first name and birth date is already registered. Find them with GET /patients?q=, or "
                    + "send \"confirmNotDuplicate\": true when this is another person.");
        }
        if (!saved.isSaved()) {
            return refused(saved.problems());
        }
        return patients.open(practice, id, actor()).map(f -> Response.created(URI.create("patients/" + id))
                .entity(view(f)).build()).orElseGet(() -> ApiError.notFound("patient"));
    }

    /** One patient with coverages; 404 for an unknown ID and another practice's patient alike. */
    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        Optional<PatientId> patient = patientId(id);
        if (patient.isEmpty()) {
            return ApiError.notFound("patient");
        }
        return patients.open(caller.get(), patient.get(), actor()).map(f -> Response.ok(view(f)).build())
                .orElseGet(() -> ApiError.notFound("patient"));
    }

    /**
     * Replaces the patient's demographics with the body's (the account number and status stay) and adds the
     * body's coverages that are not on file yet (same payer, member ID and order); coverages on file stay.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("id") String id, InputStream body) {
        Optional<PatientId> patient = patientId(id);
        if (patient.isEmpty()) {
            return ApiError.notFound("patient");
        }
        Optional<String> json = body(body);
        if (json.isEmpty()) {
            return BodyLimits.tooLarge(maxBodyBytes);
        }
        PracticeId practice = caller.get();
        Optional<PracticePatients.PatientFile> file = patients.open(practice, patient.get(), actor());
        if (file.isEmpty()) {
            return ApiError.notFound("patient");
        }
        JsonPatients.Read read = JsonPatients.read(json.get(), practice);
        List<ApiError.InputProblem> problems = new ArrayList<>(read.problems());
        unknownPayers(read, problems);
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        PatientRecord stored = file.get().patient();
        PatientRecord changed;
        try {
            changed = read.patient().id(stored.id()).accountNumber(stored.accountNumber()).status(stored.status())
                    .guarantor(stored.guarantor()).preferredLanguage(stored.preferredLanguage())
                    .stamps(stored.createdAt(), stored.updatedAt())
                    .externalId(read.externalId() == null ? stored.externalId() : ExternalId.of(read.externalId()))
                    .build();
        } catch (IllegalArgumentException e) {
            return invalid(List.of(new ApiError.InputProblem("$", e.getMessage())));
        }
        SaveResult<PatientRecord> saved = patients.update(practice, changed, actor());
        if (!saved.isSaved()) {
            return refused(saved.problems());
        }
        for (JsonPatients.CoverageDraft draft : read.coverages()) {
            boolean onFile = file.get().coverages().stream().map(PracticePatients.ShownCoverage::coverage)
                    .anyMatch(c -> c.payerId().equals(draft.payerId()) && c.memberId().equals(draft.memberId())
                            && c.priority() == draft.priority());
            if (!onFile) {
                SaveResult<CoverageRecord> added = patients.addCoverage(practice, draft.of(stored.id()), actor());
                if (!added.isSaved()) {
                    return refused(added.problems().stream().map(p -> new RecordProblem(p.code(),
                            draft.path(), p.message())).toList());
                }
            }
        }
        return patients.open(practice, stored.id(), actor()).map(f -> Response.ok(view(f)).build())
                .orElseGet(() -> ApiError.notFound("patient"));
    }

    /**
     * Patients whose name starts with {@code q} ("smith" or "smith, jo"), born on {@code q} (YYYY-MM-DD), or with
     * the account number {@code q}; at most 50, by name.
     */
    @GET
    public Response find(@QueryParam("q") String q) {
        String query = q == null ? "" : q.strip();
        if (query.isEmpty() || query.length() > 100) {
            return invalid(List.of(new ApiError.InputProblem("q", "q is required: a name, a birth date "
                    + "(YYYY-MM-DD) or an account number, at most 100 characters")));
        }
        PracticeId practice = caller.get();
        String page = "API token " + caller.tokenId();
        Map<PatientId, PatientRecord> found = new LinkedHashMap<>();
        PatientSearch search = PatientSearch.everyone().page(0, 50);
        if (query.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                search = search.withBirthDate(LocalDate.parse(query));
            } catch (DateTimeParseException e) {
                return invalid(List.of(new ApiError.InputProblem("q", "q looks like a date but is not one")));
            }
            add(found, practiceToday.findPatients(practice, search, null, null, page));
        } else {
            AccountNumber number = JsonPatients.accountNumberOrNull(query);
            if (number != null) {
                add(found, practiceToday.findPatients(practice, search.withAccountNumber(number), null, null, page));
            }
            add(found, practiceToday.findPatients(practice, search.withName(query), null, null, page));
        }
        return Response.ok(Map.of("items", found.values().stream().map(PatientsResource::summary).toList()))
                .build();
    }

    private static void add(Map<PatientId, PatientRecord> found, PatientPage page) {
        page.patients().forEach(p -> found.putIfAbsent(p.id(), p));
    }

    private void unknownPayers(JsonPatients.Read read, List<ApiError.InputProblem> problems) {
        for (JsonPatients.CoverageDraft c : read.coverages()) {
            if (!patients.knownPayer(c.payerId())) {
                problems.add(new ApiError.InputProblem(c.path() + ".payerId",
                        "payerId is not in the payer list (GET /payers?q=)"));
            }
        }
    }

    private PracticePatients.Actor actor() {
        return PracticePatients.Actor.api(caller.tokenId().toString());
    }

    private Optional<String> body(InputStream body) {
        byte[] bytes = BodyLimits.readAtMost(body, maxBodyBytes);
        return bytes.length > maxBodyBytes ? Optional.empty() : Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    private static Optional<PatientId> patientId(String id) {
        try {
            return Optional.of(new PatientId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Response invalid(List<ApiError.InputProblem> problems) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("invalid_patient", "The patient could not be read; nothing was stored.",
                        problems)).build();
    }

    private static Response refused(List<RecordProblem> problems) {
        int status = problems.stream().anyMatch(p -> p.code() == RecordProblem.Code.CHANGED_SINCE_READ
                || p.code() == RecordProblem.Code.ACCOUNT_NUMBER_TAKEN
                || p.code() == RecordProblem.Code.EXTERNAL_ID_TAKEN
                || p.code() == RecordProblem.Code.COVERAGE_ORDER_OVERLAP) ? 409 : 400;
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("refused", "Nothing was stored.", problems.stream()
                        .map(p -> new ApiError.InputProblem(p.field(), p.message())).toList())).build();
    }

    /** A patient as the API answers it. */
    public record PatientView(String id, String accountNumber, String externalId, String lastName, String firstName, String middleName,
                              String birthDate, String sex, Map<String, String> address, String phone, String email,
                              String status, List<CoverageView> coverages) {
    }

    /** A coverage as the API answers it. */
    public record CoverageView(String id, String payerId, String payerName, String memberId, String groupNumber,
                               String order, String relationship, String effectiveFrom, String effectiveTo) {
    }

    /** A patient in a search answer. */
    public record PatientSummary(String id, String accountNumber, String lastName, String firstName,
                                 String birthDate, String status) {
    }

    static PatientView view(PracticePatients.PatientFile file) {
        PatientRecord p = file.patient();
        Map<String, String> address = new LinkedHashMap<>();
        address.put("line1", p.address().line1());
        address.put("line2", p.address().line2());
        address.put("city", p.address().city());
        address.put("state", p.address().state());
        address.put("zip", p.address().zip());
        String phone = p.phones().isEmpty() ? "" : p.phones().get(0).number();
        return new PatientView(p.id().toString(), p.accountNumber().value(),
                p.externalId() == null ? null : p.externalId().value(), p.name().last(), p.name().first(),
                p.name().middle(), p.birthDate().toString(), p.sex().code(), address, phone, p.email(),
                p.status().name(), file.coverages().stream().map(c -> new CoverageView(c.coverage().id().toString(),
                        c.coverage().payerId().value(), c.payerName(), c.coverage().memberId().value(),
                        c.coverage().groupNumber(), c.coverage().priority().name(),
                        c.coverage().relationship().name(), day(c.coverage().effectiveFrom()),
                        day(c.coverage().effectiveTo()))).toList());
    }

    private static PatientSummary summary(PatientRecord p) {
        return new PatientSummary(p.id().toString(), p.accountNumber().value(), p.name().last(), p.name().first(),
                p.birthDate().toString(), p.status().name());
    }

    private static String day(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
