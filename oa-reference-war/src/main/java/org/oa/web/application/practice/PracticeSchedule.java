package org.oa.web.application.practice;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientRepository;
import org.oa.core.practice.Location;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;
import org.oa.core.schedule.Appointment;
import org.oa.core.schedule.AppointmentId;
import org.oa.core.schedule.AppointmentStatus;
import org.oa.core.schedule.AppointmentType;
import org.oa.core.schedule.Booking;
import org.oa.core.schedule.CalendarFeed;
import org.oa.core.schedule.ScheduleRepository;
import org.oa.core.schedule.ScheduleResult;
import org.oa.core.schedule.SeriesScope;
import org.oa.web.application.Repositories;
import org.oa.web.application.audit.PatientDataAudit;

/**
 * A practice's appointment book: booking (once or repeating), moving, cancelling and the day's statuses (check-in,
 * in room, check-out, no-show), for the Practice Mate calendar and for practice software through the API. OA core's
 * {@link ScheduleRepository} keeps the rules (no double-booking without a reason, office hours, RRULE series); this
 * use case runs each call in one short transaction, adds the practice's standard appointment types when it has
 * none, and writes the audit trail: every booking, change and status is an entry about the patient; a calendar that
 * shows patients' names lists each patient it shows.
 */
@ApplicationScoped
public class PracticeSchedule {

    /** Reading a patient's record to show their name on the calendar, in the audit trail's words. */
    static final String LISTED = "record shown on the appointment calendar";

    /** The types a practice starts with: code, name, minutes, colour. */
    static final List<AppointmentType> STANDARD_TYPES = List.of(
            new AppointmentType("NEW", "New patient", 40, "#2E7D32"),
            new AppointmentType("FOLLOWUP", "Follow-up", 20, "#1565C0"),
            new AppointmentType("PHYSICAL", "Annual physical", 40, "#6A1B9A"),
            new AppointmentType("PROCEDURE", "Procedure", 60, "#EF6C00"));

    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a",
            Locale.US);

    @Inject
    Repositories repositories;

    @Inject
    PatientDataAudit audit;

    @Inject
    @ConfigProperty(name = "oa.practice.zone", defaultValue = "America/Chicago")
    String zoneName;

    /** An appointment as a calendar shows it: with the patient's label, the type's name and colour. */
    public record Entry(Appointment appointment, String patientLabel, String typeName, String colour,
                        String providerName, String locationName) {
        @Override
        public String toString() {
            return "Entry[" + appointment + "]";
        }
    }

    /** The practices' time zone: appointments are kept in its local time. */
    public ZoneId zone() {
        return ZoneId.of(zoneName);
    }

    /** Books {@code booking} (every occurrence of a series or none) and records it about the patient. */
    @Transactional
    public ScheduleResult book(PracticeId practice, Booking booking, PracticePatients.Actor actor) {
        ScheduleRepository schedule = schedule(practice);
        ensureTypes(schedule);
        ScheduleResult result = schedule.book(booking);
        if (result instanceof ScheduleResult.Booked booked) {
            changed(practice, booking.patientId(), actor, booked.occurrences().size() == 1 ? "appointment booked"
                    : "repeating appointment booked (" + booked.occurrences().size() + " occurrences)");
        }
        return result;
    }

    /** Moves or resizes an appointment (and, by {@code scope}, the rest of its series). */
    @Transactional
    public ScheduleResult move(PracticeId practice, AppointmentId id, LocalDateTime start, int minutes,
                               String overrideReason, SeriesScope scope, PracticePatients.Actor actor) {
        ScheduleResult result = schedule(practice).move(id, start, minutes, overrideReason, scope);
        if (result instanceof ScheduleResult.Changed changed) {
            changed(practice, changed.appointment().patientId(), actor, "appointment moved");
        }
        return result;
    }

    /** Cancels an appointment with a reason (and, by {@code scope}, the rest of its series). */
    @Transactional
    public ScheduleResult cancel(PracticeId practice, AppointmentId id, String reason, SeriesScope scope,
                                 PracticePatients.Actor actor) {
        ScheduleResult result = schedule(practice).cancel(id, reason, scope);
        if (result instanceof ScheduleResult.Changed changed) {
            changed(practice, changed.appointment().patientId(), actor, "appointment cancelled");
        }
        return result;
    }

    /** Check-in, in room, check-out or no-show. */
    @Transactional
    public ScheduleResult changeStatus(PracticeId practice, AppointmentId id, AppointmentStatus next,
                                       PracticePatients.Actor actor) {
        ScheduleResult result = schedule(practice).changeStatus(id, next);
        if (result instanceof ScheduleResult.Changed changed) {
            changed(practice, changed.appointment().patientId(), actor,
                    "appointment status " + next.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        return result;
    }

    /** One appointment of the practice; empty for an unknown one and another practice's alike. */
    @Transactional
    public Optional<Appointment> find(PracticeId practice, AppointmentId id) {
        return schedule(practice).find(id);
    }

    /** A provider's appointments (cancelled ones too) starting in {@code [from, to)}, by start. */
    @Transactional
    public List<Appointment> between(PracticeId practice, UUID provider, LocalDateTime from, LocalDateTime to) {
        return schedule(practice).between(provider, null, from, to);
    }

    /**
     * The calendar of {@code providers} in {@code [from, to)}: each appointment with its patient's label ("Last,
     * First · born 03/04/1986 · SFM-0001"); each patient shown is in the audit trail once.
     */
    @Transactional
    public List<Entry> calendar(PracticeId practice, List<UUID> providers, LocalDateTime from, LocalDateTime to,
                                PracticePatients.Actor actor) {
        ScheduleRepository schedule = schedule(practice);
        Map<String, AppointmentType> types = types(schedule);
        Map<UUID, String> providerNames = repositories.providers(practice).findAll().stream()
                .collect(Collectors.toMap(Provider::id, Provider::displayName, (a, b) -> a));
        Map<UUID, String> locationNames = locationNames(practice);
        PatientRepository patients = repositories.patients(practice,
                audit.listener(actor.accountId(), actor.portal(), actor.page(), LISTED));
        Map<PatientId, String> labels = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        java.util.Set<UUID> shown = new java.util.HashSet<>(providers);
        // One query for the practice's range, then the providers shown: 20 providers cost one index range read.
        for (Appointment a : schedule.between(null, null, from, to)) {
            if (shown.contains(a.providerId())) {
                String label = labels.computeIfAbsent(a.patientId(),
                        id -> patients.find(id).map(PracticeSchedule::label).orElse("Patient not on file"));
                AppointmentType type = types.get(a.typeCode());
                entries.add(new Entry(a, label, type == null ? a.typeCode() : type.name(),
                        type == null ? "#546E7A" : type.colour(), providerNames.getOrDefault(a.providerId(), ""),
                        locationNames.getOrDefault(a.locationId(), "")));
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> e.appointment().start()));
        return entries;
    }

    /** The practice's appointment types by code (the standard ones when it has none yet). */
    @Transactional
    public List<AppointmentType> types(PracticeId practice) {
        ScheduleRepository schedule = schedule(practice);
        ensureTypes(schedule);
        return List.copyOf(types(schedule).values());
    }

    /** Adds (or replaces) an appointment type of the practice. */
    @Transactional
    public AppointmentType addType(PracticeId practice, AppointmentType type) {
        return schedule(practice).addType(type);
    }

    /**
     * The iCalendar feed of a provider from 30 days back to a year ahead: times, type and location only, never a
     * patient's name or any other PHI (nothing of a patient's record is read).
     */
    @Transactional
    public String icalendar(PracticeId practice, UUID provider, LocalDate today) {
        ScheduleRepository schedule = schedule(practice);
        Map<String, AppointmentType> types = types(schedule);
        Map<UUID, String> locations = locationNames(practice);
        List<Appointment> appointments = schedule.between(provider, null, today.minusDays(30).atStartOfDay(),
                today.plusYears(1).atStartOfDay());
        Function<Appointment, CalendarFeed.Labels> labels = a -> new CalendarFeed.Labels(
                Optional.ofNullable(types.get(a.typeCode())).map(AppointmentType::name).orElse("Appointment"),
                locations.getOrDefault(a.locationId(), ""));
        return CalendarFeed.of(appointments, zone(), labels);
    }

    /** Whether {@code provider} is one of the practice's providers (active or not). */
    @Transactional
    public boolean providerKnown(PracticeId practice, UUID provider) {
        return repositories.providers(practice).findAll().stream().anyMatch(p -> p.id().equals(provider));
    }

    /**
     * A reminder to send: where to (the patient's e-mail and mobile phone, either may be null) and what it may say
     * (the practice's name and phone, the time). Holds contact details: never logged.
     */
    public record Reminder(AppointmentId appointment, LocalDateTime start, String practiceName, String officePhone,
                           String email, String mobile) {
        @Override
        public String toString() {
            return "Reminder[" + appointment + "]";
        }
    }

    /**
     * The reminders due for appointments starting in {@code [from, to)} that have none yet, at most 200; reading
     * each patient's contact details is in the audit trail (by "appointment reminders", no user).
     */
    @Transactional
    public List<Reminder> remindersDue(PracticeId practice, LocalDateTime from, LocalDateTime to) {
        ScheduleRepository schedule = schedule(practice);
        List<Appointment> due = schedule.remindersDue(from, to, 200);
        if (due.isEmpty()) {
            return List.of();
        }
        String practiceName = repositories.practices().find(practice).map(p -> p.name()).orElse("your practice");
        Map<UUID, String> phones = repositories.locations(practice).findAll().stream()
                .filter(l -> l.phone() != null).collect(Collectors.toMap(Location::id, Location::phone, (a, b) -> a));
        PatientRepository patients = repositories.patients(practice, audit.listener(null, null,
                "appointment reminders", "contact details read to send an appointment reminder"));
        List<Reminder> reminders = new ArrayList<>();
        for (Appointment a : due) {
            Optional<PatientRecord> patient = patients.find(a.patientId());
            String email = patient.map(PatientRecord::email).filter(e -> e != null && !e.isBlank()).orElse(null);
            String mobile = patient.flatMap(p -> p.phone(org.oa.core.contact.PhoneType.MOBILE))
                    .map(p -> "+1" + p.number()).orElse(null);
            reminders.add(new Reminder(a.id(), a.start(), practiceName, phones.get(a.locationId()), email, mobile));
        }
        return reminders;
    }

    /**
     * Claims an appointment's reminder in a transaction of its own (false: claimed before); send it only after this
     * returned true, so that it goes out at most once, also with several servers.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimReminder(PracticeId practice, AppointmentId appointment, String channels) {
        return schedule(practice).claimReminder(appointment, channels, java.time.Instant.now());
    }

    /** The deployment's practices. */
    @Transactional
    public List<PracticeId> practiceIds() {
        return repositories.practices().ids();
    }

    /** "Monday, December 7 at 10:00 AM": how a message names an appointment's time. */
    public static String spoken(LocalDateTime time) {
        return SPOKEN.format(time);
    }

    /** How a patient is named in the booking dialog and on the calendar (to tell namesakes apart). */
    public static String label(PatientRecord p) {
        return p.name().last() + ", " + p.name().first() + " · born "
                + DateTimeFormatter.ofPattern("MM/dd/yyyy").format(p.birthDate()) + " · " + p.accountNumber().value();
    }

    private ScheduleRepository schedule(PracticeId practice) {
        return repositories.schedule(practice, zone());
    }

    private static void ensureTypes(ScheduleRepository schedule) {
        if (schedule.types().isEmpty()) {
            STANDARD_TYPES.forEach(schedule::addType);
        }
    }

    private static Map<String, AppointmentType> types(ScheduleRepository schedule) {
        Map<String, AppointmentType> types = new LinkedHashMap<>();
        (schedule.types().isEmpty() ? STANDARD_TYPES : schedule.types()).forEach(t -> types.put(t.code(), t));
        return types;
    }

    private Map<UUID, String> locationNames(PracticeId practice) {
        return repositories.locations(practice).findAll().stream()
                .collect(Collectors.toMap(Location::id, Location::name, (a, b) -> a));
    }

    private void changed(PracticeId practice, PatientId patient, PracticePatients.Actor actor, String what) {
        audit.patientChanged(actor.accountId(), actor.portal(), practice, patient, what, actor.page());
    }
}
