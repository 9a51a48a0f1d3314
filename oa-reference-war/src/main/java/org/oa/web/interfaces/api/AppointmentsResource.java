package org.oa.web.interfaces.api;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oa.core.patient.PatientId;
import org.oa.core.schedule.Appointment;
import org.oa.core.schedule.AppointmentId;
import org.oa.core.schedule.AppointmentStatus;
import org.oa.core.schedule.AppointmentType;
import org.oa.core.schedule.Booking;
import org.oa.core.schedule.ScheduleProblem;
import org.oa.core.schedule.ScheduleResult;
import org.oa.core.schedule.SeriesScope;
import org.oa.web.application.practice.PracticePatients;
import org.oa.web.application.practice.PracticeSchedule;

/**
 * The calling practice's appointments: book one or a repeating series ({@code POST}), list a provider's
 * ({@code GET ?providerId=&from=&to=}), read one, cancel one occurrence ({@code DELETE /{id}}) and check a patient
 * in ({@code POST /{id}/check-in}). A slot of the provider already taken is 409 {@code slot_taken} with the
 * appointments in the way, unless the request overrides with a reason. Times are answered with the practice's UTC
 * offset; a time sent without one is read in the practice's time zone. Another practice's IDs answer 404.
 */
@Path("appointments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentsResource {

    static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final String DEFAULT_CANCEL_REASON = "cancelled by practice software";
    private static final int MAX_RANGE_DAYS = 366;

    @Inject
    CallingPractice caller;

    @Inject
    PracticeSchedule schedule;

    @Inject
    @ConfigProperty(name = "oa.api.max-body-bytes", defaultValue = BodyLimits.DEFAULT_MAX_BODY_BYTES)
    int maxBodyBytes;

    /** An appointment as the API answers it. */
    public record AppointmentView(String id, String seriesId, String patientId, String providerId,
                                  String locationId, String resourceId, String type, String start, String end,
                                  int minutes, String status, String overrideReason, String cancelReason) {
    }

    /** A booking answer: the first appointment, and every occurrence of a series. */
    public record BookedView(String id, String seriesId, String patientId, String providerId, String locationId,
                             String type, String start, int minutes, String status,
                             List<OccurrenceView> occurrences) {
    }

    /** One occurrence of a booked series. */
    public record OccurrenceView(String id, String start) {
    }

    /** An appointment in the way of a booking or move. */
    public record ConflictView(String id, String start, String end, String who) {
    }

    /** The 409 body of a taken slot or a time outside office hours: {@link ApiError} with the conflicts. */
    public record ConflictError(String error, String message, List<ApiError.InputProblem> problems,
                                List<ConflictView> conflicts) {
    }

    /** Books an appointment, or every occurrence of {@code rrule} (all or none); 201 with what was booked. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(InputStream body) {
        byte[] bytes = BodyLimits.readAtMost(body, maxBodyBytes);
        if (bytes.length > maxBodyBytes) {
            return BodyLimits.tooLarge(maxBodyBytes);
        }
        List<ApiError.InputProblem> problems = new ArrayList<>();
        JsonObject json;
        try {
            JsonValue value = Json.createReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)))
                    .readValue();
            if (!(value instanceof JsonObject object)) {
                return invalid(List.of(new ApiError.InputProblem("$", "the body must be a JSON object")));
            }
            json = object;
        } catch (JsonException e) {
            return invalid(List.of(new ApiError.InputProblem("$", "the body is not valid JSON")));
        }
        ZoneId zone = schedule.zone();
        UUID patient = uuid(json, "patientId", true, problems);
        UUID provider = uuid(json, "providerId", true, problems);
        UUID location = uuid(json, "locationId", true, problems);
        UUID resource = uuid(json, "resourceId", false, problems);
        LocalDateTime start = time(text(json, "start", problems), "start", zone, problems);
        String type = text(json, "type", problems);
        String rrule = text(json, "rrule", problems);
        String note = text(json, "note", problems);
        Integer minutes = minutes(json, problems);
        String override = null;
        if (json.containsKey("override") && !json.isNull("override")) {
            if (json.get("override") instanceof JsonObject o && o.get("reason") instanceof JsonString reason
                    && !reason.getString().isBlank()) {
                override = reason.getString().strip();
                if (override.length() > 500) {
                    problems.add(new ApiError.InputProblem("override.reason", "at most 500 characters"));
                }
            } else {
                problems.add(new ApiError.InputProblem("override.reason",
                        "override needs a reason: {\"override\": {\"reason\": \"...\"}}"));
            }
        }
        if (start != null && (start.getSecond() != 0 || start.getNano() != 0)) {
            problems.add(new ApiError.InputProblem("start", "start is a whole minute (no seconds)"));
        }
        if (note != null && note.length() > 2000) {
            problems.add(new ApiError.InputProblem("note", "at most 2000 characters"));
        }
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        List<AppointmentType> types = schedule.types(caller.get());
        String typeCode = type == null ? "FOLLOWUP" : type.strip().toUpperCase(java.util.Locale.ROOT);
        Optional<AppointmentType> known = types.stream().filter(t -> t.code().equals(typeCode)).findFirst();
        if (known.isEmpty()) {
            return invalid(List.of(new ApiError.InputProblem("type", "type is one of "
                    + String.join(", ", types.stream().map(AppointmentType::code).toList()))));
        }
        int length = minutes == null ? known.get().defaultMinutes() : minutes;
        Booking booking = new Booking(new PatientId(patient), provider, resource, location, typeCode, start, length,
                rrule, override, note);
        ScheduleResult result;
        try {
            result = schedule.book(caller.get(), booking, actor());
        } catch (PersistenceException | TransactionalException e) {
            if (concurrentChange(e)) {
                return stale();
            }
            throw e;
        }
        if (result instanceof ScheduleResult.Booked booked) {
            Appointment first = booked.occurrences().get(0);
            List<OccurrenceView> occurrences = booked.seriesIdOrNull() == null ? null : booked.occurrences()
                    .stream().map(a -> new OccurrenceView(a.id().toString(), time(a.start(), zone))).toList();
            return Response.created(URI.create("appointments/" + first.id())).entity(new BookedView(
                    first.id().toString(), booked.seriesIdOrNull() == null ? null : booked.seriesIdOrNull().toString(),
                    first.patientId().toString(), first.providerId().toString(), first.locationId().toString(),
                    first.typeCode(), time(first.start(), zone), first.minutes(), first.status().name(),
                    occurrences)).build();
        }
        return refused(result.problems(), zone);
    }

    /**
     * A provider's appointments from {@code from} to {@code to} (dates, both included, or times with an offset),
     * cancelled ones too; at most a year at a time.
     */
    @GET
    public Response list(@QueryParam("providerId") String providerId, @QueryParam("from") String from,
                         @QueryParam("to") String to) {
        List<ApiError.InputProblem> problems = new ArrayList<>();
        UUID provider = uuidText(providerId, "providerId", true, problems);
        ZoneId zone = schedule.zone();
        LocalDateTime start = bound(from, "from", zone, false, problems);
        LocalDateTime end = bound(to, "to", zone, true, problems);
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(new ApiError.InputProblem("to", "to is after from"));
        } else if (start != null && end != null && ChronoUnit.DAYS.between(start, end) > MAX_RANGE_DAYS) {
            problems.add(new ApiError.InputProblem("to", "at most " + MAX_RANGE_DAYS + " days at a time"));
        }
        if (!problems.isEmpty()) {
            return invalid(problems);
        }
        if (!schedule.providerKnown(caller.get(), provider)) {
            return ApiError.notFound("provider");
        }
        List<AppointmentView> items = schedule.between(caller.get(), provider, start, end).stream()
                .map(a -> view(a, zone)).toList();
        return Response.ok(Map.of("items", items)).build();
    }

    /** One appointment; 404 for an unknown one and another practice's alike. */
    @GET
    @Path("{id}")
    public Response one(@PathParam("id") String id) {
        return appointmentId(id).flatMap(a -> schedule.find(caller.get(), a))
                .map(a -> Response.ok(view(a, schedule.zone())).build())
                .orElseGet(() -> ApiError.notFound("appointment"));
    }

    /**
     * Cancels this appointment, or this one occurrence of a series (the others stay); {@code reason} is kept with
     * it. Cancelling a cancelled appointment again answers it unchanged.
     */
    @DELETE
    @Path("{id}")
    public Response cancel(@PathParam("id") String id, @QueryParam("reason") String reason) {
        Optional<Appointment> found = appointmentId(id).flatMap(a -> schedule.find(caller.get(), a));
        if (found.isEmpty()) {
            return ApiError.notFound("appointment");
        }
        if (found.get().status() == AppointmentStatus.CANCELLED) {
            return Response.ok(view(found.get(), schedule.zone())).build();
        }
        String why = reason == null || reason.isBlank() ? DEFAULT_CANCEL_REASON : reason.strip();
        if (why.length() > 500) {
            return invalid(List.of(new ApiError.InputProblem("reason", "at most 500 characters")));
        }
        return changed(() -> schedule.cancel(caller.get(), found.get().id(), why, SeriesScope.THIS, actor()));
    }

    /** Checks the patient in: the appointment with status {@code ARRIVED}; 409 when it cannot be. */
    @POST
    @Path("{id}/check-in")
    public Response checkIn(@PathParam("id") String id) {
        Optional<Appointment> found = appointmentId(id).flatMap(a -> schedule.find(caller.get(), a));
        if (found.isEmpty()) {
            return ApiError.notFound("appointment");
        }
        return changed(() -> schedule.changeStatus(caller.get(), found.get().id(), AppointmentStatus.ARRIVED,
                actor()));
    }

    private Response changed(java.util.function.Supplier<ScheduleResult> change) {
        ScheduleResult result;
        try {
            result = change.get();
        } catch (PersistenceException | TransactionalException e) {
            if (concurrentChange(e)) {
                return stale();
            }
            throw e;
        }
        if (result instanceof ScheduleResult.Changed changed) {
            return Response.ok(view(changed.appointment(), schedule.zone())).build();
        }
        return refused(result.problems(), schedule.zone());
    }

    /**
     * Whether {@code e} is another desk's change at the same moment (an optimistic or pessimistic lock failure,
     * possibly wrapped by the transaction), which the caller retries; anything else is a fault.
     */
    static boolean concurrentChange(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static Response stale() {
        return ApiError.response(Response.Status.CONFLICT, "stale",
                "The appointment was changed by someone else at the same moment; read it again and retry.");
    }

    private static Response refused(List<ScheduleProblem> problems, ZoneId zone) {
        List<ApiError.InputProblem> inputs = problems.stream()
                .map(p -> new ApiError.InputProblem(path(p.path()), p.message())).toList();
        for (ScheduleProblem p : problems) {
            switch (p.code()) {
                case ScheduleProblem.UNKNOWN_PATIENT:
                    return ApiError.notFound("patient");
                case ScheduleProblem.UNKNOWN_PROVIDER:
                    return ApiError.notFound("provider");
                case ScheduleProblem.UNKNOWN_LOCATION:
                    return ApiError.notFound("location");
                case ScheduleProblem.UNKNOWN_RESOURCE:
                    return ApiError.notFound("resource");
                case ScheduleProblem.NOT_FOUND:
                    return ApiError.notFound("appointment");
                default:
                    break;
            }
        }
        ScheduleProblem first = problems.get(0);
        int status = switch (first.code()) {
            case ScheduleProblem.SLOT_TAKEN, ScheduleProblem.OUTSIDE_OFFICE_HOURS, ScheduleProblem.NOT_ALLOWED,
                    ScheduleProblem.STALE -> 409;
            default -> 400;
        };
        String error = status == 409 ? first.code() : "invalid_appointment";
        String message = switch (first.code()) {
            case ScheduleProblem.SLOT_TAKEN -> "The provider or resource already has an appointment at that time; "
                    + "nothing was booked. Choose another time, or send \"override\": {\"reason\": \"...\"} to "
                    + "double-book on purpose.";
            case ScheduleProblem.OUTSIDE_OFFICE_HOURS -> "That time is outside the provider's office hours at "
                    + "that location; nothing was booked. Choose a time in office hours, or override with a reason.";
            default -> first.message();
        };
        List<ConflictView> conflicts = problems.stream().flatMap(p -> p.conflicts().stream())
                .map(c -> new ConflictView(c.appointmentId().toString(), time(c.start(), zone),
                        time(c.end(), zone), c.who())).distinct().toList();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ConflictError(error, message, inputs, conflicts)).build();
    }

    /** The core's paths name the appointment ({@code appointment.start}); the API's name the body's field. */
    private static String path(String corePath) {
        return corePath.startsWith("appointment.") ? corePath.substring("appointment.".length()) : corePath;
    }

    private PracticePatients.Actor actor() {
        return PracticePatients.Actor.api(caller.tokenId().toString());
    }

    static AppointmentView view(Appointment a, ZoneId zone) {
        return new AppointmentView(a.id().toString(), a.seriesId() == null ? null : a.seriesId().toString(),
                a.patientId().toString(), a.providerId().toString(), a.locationId().toString(),
                a.resourceId() == null ? null : a.resourceId().toString(), a.typeCode(), time(a.start(), zone),
                time(a.end(), zone), a.minutes(), a.status().name(), a.overrideReason(), a.cancelReason());
    }

    static String time(LocalDateTime local, ZoneId zone) {
        return TIME.format(local.atZone(zone).toOffsetDateTime());
    }

    private static Optional<AppointmentId> appointmentId(String id) {
        try {
            return Optional.of(AppointmentId.of(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonObject json, String field, List<ApiError.InputProblem> problems) {
        if (!json.containsKey(field) || json.isNull(field)) {
            return null;
        }
        if (json.get(field) instanceof JsonString s) {
            return s.getString();
        }
        problems.add(new ApiError.InputProblem(field, field + " is a string"));
        return null;
    }

    private static UUID uuid(JsonObject json, String field, boolean required, List<ApiError.InputProblem> problems) {
        return uuidText(text(json, field, problems), field, required, problems);
    }

    private static UUID uuidText(String text, String field, boolean required, List<ApiError.InputProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new ApiError.InputProblem(field, field + " is required"));
            }
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new ApiError.InputProblem(field, field + " is an ID as answered by the API"));
            return null;
        }
    }

    private static Integer minutes(JsonObject json, List<ApiError.InputProblem> problems) {
        if (!json.containsKey("minutes") || json.isNull("minutes")) {
            return null;
        }
        if (json.get("minutes") instanceof JsonNumber n && n.isIntegral() && n.intValue() >= 5
                && n.intValue() <= 480) {
            return n.intValue();
        }
        problems.add(new ApiError.InputProblem("minutes", "minutes is a whole number from 5 to 480"));
        return null;
    }

    /** A time with an offset ("2026-12-07T10:00:00-06:00"), or without one in the practice's zone. */
    private static LocalDateTime time(String text, String field, ZoneId zone, List<ApiError.InputProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new ApiError.InputProblem(field, field + " is required, e.g. 2026-12-07T10:00:00-06:00"));
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).atZoneSameInstant(zone).toLocalDateTime();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(text.strip());
            } catch (DateTimeException e2) {
                problems.add(new ApiError.InputProblem(field,
                        field + " is a date and time, e.g. 2026-12-07T10:00:00-06:00"));
                return null;
            }
        }
    }

    /** A range bound: a date (the day's start; for {@code to}, the next day's) or a time. */
    private static LocalDateTime bound(String text, String field, ZoneId zone, boolean end,
                                       List<ApiError.InputProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new ApiError.InputProblem(field, field + " is required: a date (YYYY-MM-DD) or a time"));
            return null;
        }
        if (text.strip().length() == 10) {
            try {
                LocalDate day = LocalDate.parse(text.strip());
                return (end ? day.plusDays(1) : day).atStartOfDay();
            } catch (DateTimeException e) {
                problems.add(new ApiError.InputProblem(field, field + " is a date (YYYY-MM-DD) or a time"));
                return null;
            }
        }
        return time(text, field, zone, problems);
    }

    private static Response invalid(List<ApiError.InputProblem> problems) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("invalid_appointment", "The appointment could not be read; nothing was "
                        + "booked.", problems)).build();
    }
}
