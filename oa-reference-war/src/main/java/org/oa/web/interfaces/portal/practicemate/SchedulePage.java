package org.oa.web.interfaces.portal.practicemate;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;

import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientSearch;
import org.oa.core.practice.Location;
import org.oa.core.practice.OfficeHours;
import org.oa.core.practice.Provider;
import org.oa.core.schedule.Appointment;
import org.oa.core.schedule.AppointmentId;
import org.oa.core.schedule.AppointmentStatus;
import org.oa.core.schedule.AppointmentType;
import org.oa.core.schedule.Booking;
import org.oa.core.schedule.ScheduleProblem;
import org.oa.core.schedule.ScheduleResult;
import org.oa.core.schedule.SeriesScope;
import org.oa.security.calendar.IssuedCalendarToken;
import org.oa.web.application.account.CalendarTokens;
import org.oa.web.application.practice.PracticePatients;
import org.oa.web.application.practice.PracticeSchedule;
import org.oa.web.application.practice.PracticeToday;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;

/**
 * Backs Practice Mate's calendar: the day of several providers side by side (or one provider's week), coloured by
 * appointment type and marked by status; a click on a free time opens the booking dialog (patient, type, length,
 * repeat), a click on an appointment the appointment dialog (check-in, in room, check-out, no-show, cancel with a
 * reason for this one, this and following, or the whole series); dragging moves, stretching resizes. A slot already
 * taken is refused with the appointments in the way, and booked anyway only with a reason.
 */
@PortalPage(PortalSite.PRACTICE_MATE)
@Named("practiceMateSchedulePage")
@ViewScoped
public class SchedulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String PAGE = "practice-mate/schedule.xhtml";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", Locale.US);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    /** A provider's column of the day view. */
    public record Column(String providerId, String name, ScheduleModel model) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A repeat choice of the booking dialog: its label and RRULE without COUNT (empty: does not repeat). */
    public record Repeat(String label, String rule) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    static final List<Repeat> REPEATS = List.of(new Repeat("Does not repeat", ""),
            new Repeat("Every week", "FREQ=WEEKLY"), new Repeat("Every 2 weeks", "FREQ=WEEKLY;INTERVAL=2"),
            new Repeat("Every month", "FREQ=MONTHLY"));

    @Inject
    PracticeSchedule schedule;

    @Inject
    PracticeToday practiceToday;

    @Inject
    CalendarTokens calendarTokens;

    private LocalDate day;
    private String view = "day";
    private List<String> shownProviders = new ArrayList<>();
    private Map<String, String> providerNames = new LinkedHashMap<>();
    private List<Column> columns = List.of();
    private List<AppointmentType> types = List.of();
    private Map<String, String> locationNames = new LinkedHashMap<>();

    // The booking dialog.
    private String patientLabel;
    private final Map<String, String> patientIds = new LinkedHashMap<>();
    private String bookProvider;
    private String bookLocation;
    private String bookType;
    private LocalDateTime bookStart;
    private int bookMinutes = 20;
    private String repeat = "";
    private int repeatCount = 4;
    private String overrideReason;
    private String note;
    private List<String> conflicts = List.of();

    // The appointment dialog.
    private PracticeSchedule.Entry selected;
    private String cancelReason;
    private SeriesScope cancelScope = SeriesScope.THIS;

    // The phone calendar link.
    private String feedProvider;
    private String feedUrl;

    @PostConstruct
    void init() {
        day = LocalDate.now(schedule.zone());
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap();
        view = "week".equals(parameters.get("view")) ? "week" : "day";
        String asked = parameters.get("day");
        if (asked != null && asked.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                day = LocalDate.parse(asked);
            } catch (java.time.DateTimeException e) {
                // keep today
            }
        }
        var practice = SignedInUser.current().practiceId();
        for (Provider p : practiceToday.providers(practice)) {
            if (p.active()) {
                providerNames.put(p.id().toString(), p.displayName());
            }
        }
        shownProviders = new ArrayList<>(providerNames.keySet());
        feedProvider = shownProviders.isEmpty() ? null : shownProviders.get(0);
        for (Location l : practiceToday.locations(practice)) {
            if (l.active()) {
                locationNames.put(l.id().toString(), l.name());
            }
        }
        types = schedule.types(practice);
        load();
    }

    /** Reads the shown day (or week) of the shown providers again. */
    public void load() {
        LocalDateTime from = week() ? day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SUNDAY))
                .atStartOfDay() : day.atStartOfDay();
        LocalDateTime to = week() ? from.plusDays(7) : from.plusDays(1);
        List<String> providers = week() && !shownProviders.isEmpty() ? List.of(shownProviders.get(0))
                : shownProviders;
        List<PracticeSchedule.Entry> entries = schedule.calendar(SignedInUser.current().practiceId(),
                providers.stream().map(UUID::fromString).toList(), from, to, actor());
        List<Column> built = new ArrayList<>();
        for (String provider : providers) {
            DefaultScheduleModel model = new DefaultScheduleModel();
            for (PracticeSchedule.Entry e : entries) {
                if (e.appointment().providerId().toString().equals(provider)) {
                    model.addEvent(event(e));
                }
            }
            built.add(new Column(provider, providerNames.getOrDefault(provider, "Provider"), model));
        }
        columns = built;
    }

    private static ScheduleEvent<String> event(PracticeSchedule.Entry e) {
        Appointment a = e.appointment();
        boolean open = a.status() == AppointmentStatus.SCHEDULED || a.status() == AppointmentStatus.ARRIVED;
        return DefaultScheduleEvent.<String>builder().id(a.id().toString()).data(a.id().toString())
                .title(e.patientLabel().split(" · ")[0] + " · " + e.typeName() + statusSuffix(a.status()))
                .description(e.typeName() + ", " + status(a.status()))
                .startDate(a.start()).endDate(a.end()).editable(open).draggable(open).resizable(open)
                .backgroundColor(a.status().occupiesSlot() ? e.colour() : "#ECEFF1").borderColor(e.colour())
                .textColor(a.status().occupiesSlot() ? "#FFFFFF" : "#37474F")
                .styleClass("oa-appt oa-appt-" + a.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .build();
    }

    private static String statusSuffix(AppointmentStatus s) {
        return s == AppointmentStatus.SCHEDULED ? "" : " · " + status(s);
    }

    /** A status in words. */
    public static String status(AppointmentStatus s) {
        return switch (s) {
            case SCHEDULED -> "Scheduled";
            case ARRIVED -> "Checked in";
            case IN_ROOM -> "In room";
            case CHECKED_OUT -> "Checked out";
            case NO_SHOW -> "No-show";
            case CANCELLED -> "Cancelled";
        };
    }

    // ----- navigation: plain links (bookmarkable), so the calendar is built afresh for the day and view

    private static String link(LocalDate day, String view) {
        return "schedule.xhtml?day=" + day + "&view=" + view;
    }

    public String getPreviousLink() {
        return link(day.minusDays(week() ? 7 : 1), view);
    }

    public String getNextLink() {
        return link(day.plusDays(week() ? 7 : 1), view);
    }

    public String getTodayLink() {
        return link(LocalDate.now(schedule.zone()), view);
    }

    public String getDayLink() {
        return link(day, "day");
    }

    public String getWeekLink() {
        return link(day, "week");
    }

    /** A day chosen in the date picker: the calendar of that day (same view). */
    public void goToDay() throws java.io.IOException {
        FacesContext.getCurrentInstance().getExternalContext().redirect(link(day, view));
    }

    public String getDayHeading() {
        if (week()) {
            LocalDate sunday = day.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SUNDAY));
            return "Week of " + DAY.format(sunday) + " · " + providerNames.getOrDefault(
                    shownProviders.isEmpty() ? "" : shownProviders.get(0), "");
        }
        return DAY.format(day);
    }

    private boolean week() {
        return "week".equals(view);
    }

    // ----- booking

    /** A click on a free time of a provider's column: the booking dialog, filled in for that provider and time. */
    public void slotSelected(SelectEvent<LocalDateTime> event) {
        String provider = (String) event.getComponent().getAttributes().get("provider");
        openBooking(provider == null && !shownProviders.isEmpty() ? shownProviders.get(0) : provider,
                event.getObject());
    }

    /** The "Book" button: the booking dialog for the first shown provider at their first office hour. */
    public void bookNew() {
        String provider = shownProviders.isEmpty() ? null : shownProviders.get(0);
        openBooking(provider, LocalDateTime.of(day, LocalTime.of(9, 0)));
    }

    private void openBooking(String provider, LocalDateTime start) {
        bookProvider = provider;
        bookStart = start;
        bookType = types.isEmpty() ? null : "FOLLOWUP";
        typeChanged();
        bookLocation = locationFor(provider, start).orElse(locationNames.isEmpty() ? null
                : locationNames.keySet().iterator().next());
        patientLabel = null;
        repeat = "";
        repeatCount = 4;
        overrideReason = null;
        note = null;
        conflicts = List.of();
    }

    private Optional<String> locationFor(String provider, LocalDateTime at) {
        if (provider == null || at == null) {
            return Optional.empty();
        }
        return practiceToday.providers(SignedInUser.current().practiceId()).stream()
                .filter(p -> p.id().toString().equals(provider)).flatMap(p -> p.officeHours().stream())
                .filter(h -> h.day() == at.getDayOfWeek()).filter(h -> !at.toLocalTime().isBefore(h.from())
                        && at.toLocalTime().isBefore(h.to())).map(OfficeHours::locationId).map(UUID::toString)
                .findFirst();
    }

    /** A type chosen: its usual length. */
    public void typeChanged() {
        types.stream().filter(t -> t.code().equals(bookType)).findFirst()
                .ifPresent(t -> bookMinutes = t.defaultMinutes());
    }

    /** Patients whose name starts with what was typed ("smith" or "smith, jo"), as "Last, First · born · account". */
    public List<String> completePatient(String query) {
        String q = query == null ? "" : query.strip();
        if (q.length() < 2) {
            return List.of();
        }
        List<PatientRecord> found = practiceToday.findPatients(SignedInUser.current().practiceId(),
                PatientSearch.everyone().withName(q).page(0, 10), SignedInUser.current().accountId(),
                SignedInUser.current().portal().portal(), PAGE).patients();
        List<String> labels = new ArrayList<>();
        for (PatientRecord p : found) {
            String label = PracticeSchedule.label(p);
            patientIds.put(label, p.id().toString());
            labels.add(label);
        }
        return labels;
    }

    /** Books what the dialog holds; on a taken slot the dialog stays open with the appointments in the way. */
    public void book() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String patient = patientLabel == null ? null : patientIds.get(patientLabel);
        if (patient == null) {
            faces.addMessage("book-patient", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Choose the patient from the list that opens as you type their name.", ""));
            faces.validationFailed();
            return;
        }
        if (bookProvider == null || bookLocation == null || bookStart == null || bookType == null) {
            faces.addMessage("book-messages", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Choose the provider, the location, the type and the time.", ""));
            faces.validationFailed();
            return;
        }
        String rule = repeat == null || repeat.isEmpty() ? null : repeat + ";COUNT=" + repeatCount;
        Booking booking;
        try {
            booking = new Booking(new PatientId(UUID.fromString(patient)), UUID.fromString(bookProvider), null,
                    UUID.fromString(bookLocation), bookType, bookStart.withSecond(0).withNano(0), bookMinutes, rule,
                    overrideReason, note);
        } catch (IllegalArgumentException e) {
            faces.addMessage("book-messages", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The length is 5 to 480 minutes; the note at most 2,000 characters.", ""));
            faces.validationFailed();
            return;
        }
        ScheduleResult result;
        try {
            result = schedule.book(SignedInUser.current().practiceId(), booking, actor());
        } catch (PersistenceException | TransactionalException e) {
            faces.addMessage("book-messages", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Someone else booked at the same moment. Look at the calendar again and choose a time.", ""));
            faces.validationFailed();
            load();
            return;
        }
        if (result instanceof ScheduleResult.Booked booked) {
            int n = booked.occurrences().size();
            faces.addMessage("schedule-messages", new FacesMessage(FacesMessage.SEVERITY_INFO, (n == 1
                    ? "Booked " : "Booked " + n + " appointments from ") + patientLabel.split(" · ")[0] + " with "
                    + providerNames.getOrDefault(bookProvider, "the provider") + " on "
                    + PracticeSchedule.spoken(bookStart) + ".", ""));
            conflicts = List.of();
            load();
            return;
        }
        refused(faces, "book-messages", result.problems());
        faces.validationFailed();
    }

    private void refused(FacesContext faces, String target, List<ScheduleProblem> problems) {
        List<String> inTheWay = new ArrayList<>();
        for (ScheduleProblem p : problems) {
            String message = switch (p.code()) {
                case ScheduleProblem.SLOT_TAKEN -> "That time is taken. To book it anyway (double-book), give a "
                        + "reason below and book again.";
                case ScheduleProblem.OUTSIDE_OFFICE_HOURS -> "That time is outside the provider's office hours. "
                        + "To book it anyway, give a reason below and book again.";
                default -> p.message();
            };
            faces.addMessage(target, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, p.code()));
            for (ScheduleProblem.Conflict c : p.conflicts()) {
                inTheWay.add(("provider".equals(c.who()) ? "The provider" : "The room or equipment")
                        + " has an appointment " + PracticeSchedule.spoken(c.start()) + " to "
                        + CLOCK.format(c.end()));
            }
        }
        conflicts = inTheWay.stream().distinct().toList();
    }

    // ----- moving and resizing

    public void moved(ScheduleEntryMoveEvent event) {
        change(event.getScheduleEvent(), event.getDeltaAsDuration(), event.getDeltaAsDuration());
    }

    public void resized(ScheduleEntryResizeEvent event) {
        change(event.getScheduleEvent(), event.getDeltaStartAsDuration(), event.getDeltaEndAsDuration());
    }

    /** Moves (both ends by the same delta) or resizes (each end by its own) the dragged appointment. */
    private void change(ScheduleEvent<?> event, Duration startDelta, Duration endDelta) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<Appointment> found = appointment(String.valueOf(event.getData()));
        if (found.isEmpty()) {
            load();
            return;
        }
        Appointment a = found.get();
        LocalDateTime start = a.start().plus(startDelta);
        LocalDateTime end = a.end().plus(endDelta);
        int minutes = (int) Duration.between(start, end).toMinutes();
        ScheduleResult result;
        try {
            result = minutes < 5 || minutes > 480 ? new ScheduleResult.Refused(List.of(ScheduleProblem.of(
                    "appointment.minutes", "bad_length", "An appointment is 5 minutes to 8 hours long.")))
                    : schedule.move(SignedInUser.current().practiceId(), a.id(), start, minutes, null,
                    SeriesScope.THIS, actor());
        } catch (PersistenceException | TransactionalException e) {
            result = new ScheduleResult.Refused(List.of(ScheduleProblem.of("appointment", ScheduleProblem.STALE,
                    "Someone else changed this appointment at the same moment; it was not moved.")));
        }
        if (result instanceof ScheduleResult.Changed) {
            faces.addMessage("schedule-messages", new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Moved to " + PracticeSchedule.spoken(start) + " (" + minutes + " minutes).", ""));
        } else {
            List<ScheduleProblem> problems = result.problems();
            boolean taken = problems.stream().anyMatch(p -> p.code().equals(ScheduleProblem.SLOT_TAKEN));
            boolean hours = problems.stream().anyMatch(p -> p.code().equals(ScheduleProblem.OUTSIDE_OFFICE_HOURS));
            faces.addMessage("schedule-messages", new FacesMessage(FacesMessage.SEVERITY_ERROR, taken
                    ? "Not moved: that time is taken. Open the appointment to see it, or book the new time with a "
                    + "reason to double-book." : hours ? "Not moved: that time is outside the provider's office "
                    + "hours." : "Not moved: " + problems.get(0).message(), problems.get(0).code()));
        }
        load();
    }

    // ----- the appointment dialog

    public void appointmentSelected(SelectEvent<ScheduleEvent<?>> event) {
        String id = String.valueOf(event.getObject().getData());
        selected = null;
        cancelReason = null;
        cancelScope = SeriesScope.THIS;
        Optional<Appointment> a = appointment(id);
        if (a.isPresent()) {
            LocalDateTime from = a.get().start().toLocalDate().atStartOfDay();
            selected = schedule.calendar(SignedInUser.current().practiceId(), List.of(a.get().providerId()), from,
                    from.plusDays(1), actor()).stream().filter(e -> e.appointment().id().equals(a.get().id()))
                    .findFirst().orElse(null);
        }
    }

    public void checkIn() {
        status(AppointmentStatus.ARRIVED, "Checked in");
    }

    public void inRoom() {
        status(AppointmentStatus.IN_ROOM, "In room");
    }

    public void checkOut() {
        status(AppointmentStatus.CHECKED_OUT, "Checked out");
    }

    public void noShow() {
        status(AppointmentStatus.NO_SHOW, "Marked as a no-show");
    }

    private void status(AppointmentStatus next, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (selected == null) {
            return;
        }
        ScheduleResult result = schedule.changeStatus(SignedInUser.current().practiceId(),
                selected.appointment().id(), next, actor());
        if (result instanceof ScheduleResult.Changed) {
            faces.addMessage("schedule-messages", new FacesMessage(FacesMessage.SEVERITY_INFO,
                    done + ": " + selected.patientLabel().split(" · ")[0] + ", "
                            + PracticeSchedule.spoken(selected.appointment().start()) + ".", ""));
        } else {
            faces.addMessage("schedule-messages", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "This appointment is " + status(selected.appointment().status()).toLowerCase(Locale.ROOT)
                            + "; it cannot be " + done.toLowerCase(Locale.ROOT) + " now.",
                    result.problems().get(0).code()));
        }
        selected = null;
        load();
    }

    public void cancel() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (selected == null) {
            return;
        }
        if (cancelReason == null || cancelReason.isBlank()) {
            faces.addMessage("cancel-reason", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Say why the appointment is cancelled (for example: patient called, provider out sick).", ""));
            faces.validationFailed();
            return;
        }
        ScheduleResult result = schedule.cancel(SignedInUser.current().practiceId(), selected.appointment().id(),
                cancelReason.strip(), selected.appointment().inSeries() ? cancelScope : SeriesScope.THIS, actor());
        if (result instanceof ScheduleResult.Changed) {
            String which = !selected.appointment().inSeries() || cancelScope == SeriesScope.THIS ? "Cancelled"
                    : cancelScope == SeriesScope.ALL ? "Cancelled the whole series of"
                    : "Cancelled this and the following appointments of";
            faces.addMessage("schedule-messages", new FacesMessage(FacesMessage.SEVERITY_INFO, which + " "
                    + selected.patientLabel().split(" · ")[0] + ", "
                    + PracticeSchedule.spoken(selected.appointment().start()) + ".", ""));
            selected = null;
            load();
        } else {
            faces.addMessage("cancel-reason", new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    result.problems().get(0).message(), result.problems().get(0).code()));
            faces.validationFailed();
        }
    }

    // ----- the phone calendar link

    /** Makes a new secret link to the chosen provider's calendar (the previous link stops working). */
    public void makeFeedLink() {
        if (feedProvider == null || !providerNames.containsKey(feedProvider)) {
            return;
        }
        IssuedCalendarToken token = calendarTokens.regenerate(SignedInUser.current().accountId(),
                UUID.fromString(feedProvider));
        var external = FacesContext.getCurrentInstance().getExternalContext();
        feedUrl = siteBase() + external.getRequestContextPath() + "/api/v1/providers/" + feedProvider
                + "/calendar.ics?token=" + token.token();
    }

    private static String siteBase() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort();
    }

    /** When the current link to the chosen provider's calendar was made, in words; empty when there is none. */
    public String getFeedIssued() {
        if (feedProvider == null) {
            return "";
        }
        return calendarTokens.issuedAt(SignedInUser.current().accountId(), UUID.fromString(feedProvider))
                .map(i -> "Your current link was made on " + DateTimeFormatter.ofPattern("MMMM d, yyyy 'at' h:mm a",
                        Locale.US).format(i.atZone(schedule.zone())) + ". Making a new one stops it working.")
                .orElse("You have no link to this calendar yet.");
    }

    private Optional<Appointment> appointment(String id) {
        try {
            return schedule.find(SignedInUser.current().practiceId(), AppointmentId.of(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static PracticePatients.Actor actor() {
        SignedInUser user = SignedInUser.current();
        return new PracticePatients.Actor(user.accountId(), user.portal().portal(), PAGE);
    }

    // ----- properties

    public List<Column> getColumns() {
        return columns;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = "week".equals(view) ? "week" : "day";
    }

    public String getCalendarView() {
        return week() ? "timeGridWeek" : "timeGridDay";
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        if (day != null) {
            this.day = day;
        }
    }

    public List<String> getShownProviders() {
        return shownProviders;
    }

    public void setShownProviders(List<String> shown) {
        this.shownProviders = shown == null || shown.isEmpty() ? new ArrayList<>(providerNames.keySet())
                : new ArrayList<>(shown.stream().filter(providerNames::containsKey).toList());
    }

    public Map<String, String> getProviderChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        providerNames.forEach((id, name) -> choices.put(name, id));
        return choices;
    }

    public Map<String, String> getLocationChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        locationNames.forEach((id, name) -> choices.put(name, id));
        return choices;
    }

    public List<AppointmentType> getTypes() {
        return types;
    }

    public List<Repeat> getRepeats() {
        return REPEATS;
    }

    public String getPatientLabel() {
        return patientLabel;
    }

    public void setPatientLabel(String patientLabel) {
        this.patientLabel = patientLabel;
    }

    public String getBookProvider() {
        return bookProvider;
    }

    public void setBookProvider(String bookProvider) {
        this.bookProvider = bookProvider;
    }

    public String getBookLocation() {
        return bookLocation;
    }

    public void setBookLocation(String bookLocation) {
        this.bookLocation = bookLocation;
    }

    public String getBookType() {
        return bookType;
    }

    public void setBookType(String bookType) {
        this.bookType = bookType;
    }

    public LocalDateTime getBookStart() {
        return bookStart;
    }

    public void setBookStart(LocalDateTime bookStart) {
        this.bookStart = bookStart;
    }

    public int getBookMinutes() {
        return bookMinutes;
    }

    public void setBookMinutes(int bookMinutes) {
        this.bookMinutes = bookMinutes;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = REPEATS.stream().anyMatch(r -> r.rule().equals(repeat)) ? repeat : "";
    }

    public int getRepeatCount() {
        return repeatCount;
    }

    public void setRepeatCount(int repeatCount) {
        this.repeatCount = Math.max(2, Math.min(52, repeatCount));
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<String> getConflicts() {
        return conflicts;
    }

    public PracticeSchedule.Entry getSelected() {
        return selected;
    }

    public String getSelectedWhen() {
        if (selected == null) {
            return "";
        }
        Appointment a = selected.appointment();
        return PracticeSchedule.spoken(a.start()) + " to " + CLOCK.format(a.end()) + " (" + a.minutes()
                + " minutes)";
    }

    public String getSelectedStatus() {
        return selected == null ? "" : status(selected.appointment().status());
    }

    public boolean selectedIs(String state) {
        return selected != null && selected.appointment().status().name().equals(state);
    }

    public boolean isSelectedOpen() {
        return selected != null && (selected.appointment().status() == AppointmentStatus.SCHEDULED
                || selected.appointment().status() == AppointmentStatus.ARRIVED);
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public SeriesScope getCancelScope() {
        return cancelScope;
    }

    public void setCancelScope(SeriesScope cancelScope) {
        this.cancelScope = cancelScope == null ? SeriesScope.THIS : cancelScope;
    }

    public SeriesScope[] getScopes() {
        return SeriesScope.values();
    }

    public String scopeLabel(SeriesScope scope) {
        return switch (scope) {
            case THIS -> "Only this appointment";
            case THIS_AND_FOLLOWING -> "This and the following ones";
            case ALL -> "The whole series";
        };
    }

    public String getFeedProvider() {
        return feedProvider;
    }

    public void setFeedProvider(String feedProvider) {
        this.feedProvider = feedProvider;
        this.feedUrl = null;
    }

    public String getFeedUrl() {
        return feedUrl;
    }
}
