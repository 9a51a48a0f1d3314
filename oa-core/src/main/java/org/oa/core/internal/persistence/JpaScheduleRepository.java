package org.oa.core.internal.persistence;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import org.oa.core.OaCoreException;
import org.oa.core.internal.schedule.SeriesRule;
import org.oa.core.patient.PatientId;
import org.oa.core.practice.OfficeHours;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;
import org.oa.core.schedule.Appointment;
import org.oa.core.schedule.AppointmentId;
import org.oa.core.schedule.AppointmentStatus;
import org.oa.core.schedule.AppointmentType;
import org.oa.core.schedule.Booking;
import org.oa.core.schedule.ScheduleProblem;
import org.oa.core.schedule.ScheduleRepository;
import org.oa.core.schedule.ScheduleResult;
import org.oa.core.schedule.SeriesId;
import org.oa.core.schedule.SeriesScope;

/**
 * {@link ScheduleRepository} over JPA for one practice. Joins the caller's transaction. Double-booking is kept out
 * by locking the provider's row (then the resource's, always in that order) with a pessimistic write lock before
 * the overlap check, so two transactions booking the same provider run one after the other and the second sees
 * the first's appointment; appointments and series carry optimistic versions for moves, cancellations and
 * status changes.
 */
public final class JpaScheduleRepository implements ScheduleRepository {

    private static final List<String> OCCUPYING = List.of(AppointmentStatus.SCHEDULED.name(),
            AppointmentStatus.ARRIVED.name(), AppointmentStatus.IN_ROOM.name(), AppointmentStatus.CHECKED_OUT.name());
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a",
            Locale.US);

    /** No expected version: the change applies to the appointment as this unit of work reads it. */
    private static final long ANY_VERSION = -1;

    /**
     * No appointment is longer (Booking's limit), so one that overlaps a time started at most this long before it:
     * the lower bound that lets the database read the start index from there instead of from the first row.
     */
    private static final int LONGEST_MINUTES = 480;

    private final EntityManager em;
    private final PracticeId practice;
    private final String practiceKey;
    private final ZoneId zone;
    private final Clock clock;

    public JpaScheduleRepository(EntityManager em, PracticeId practice, ZoneId zone, Clock clock) {
        this.em = Objects.requireNonNull(em, "entity manager");
        this.practice = Objects.requireNonNull(practice, "practice");
        this.practiceKey = practice.toString();
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PracticeId practiceId() {
        return practice;
    }

    // ---------------------------------------------------------------------------------------------- booking

    @Override
    public ScheduleResult book(Booking booking) {
        Objects.requireNonNull(booking, "booking");
        PracticeEntity owner = em.find(PracticeEntity.class, practiceKey);
        if (owner == null) {
            throw new OaCoreException("practice " + practice + " is not stored");
        }
        List<ScheduleProblem> problems = new ArrayList<>();
        Optional<ProviderEntity> providerRow = providerRow(owner, booking.providerId());
        if (providerRow.isEmpty()) {
            problems.add(ScheduleProblem.of("appointment.providerId", ScheduleProblem.UNKNOWN_PROVIDER,
                    "This provider is not one of the practice's."));
        } else if (providerRow.get().active == 0) {
            problems.add(ScheduleProblem.of("appointment.providerId", ScheduleProblem.UNKNOWN_PROVIDER,
                    "This provider no longer takes appointments."));
        }
        String locationKey = booking.locationId().toString();
        if (owner.locations.stream().noneMatch(l -> l.id.equals(locationKey))) {
            problems.add(ScheduleProblem.of("appointment.locationId", ScheduleProblem.UNKNOWN_LOCATION,
                    "This location is not one of the practice's."));
        }
        PatientEntity patient = em.find(PatientEntity.class, booking.patientId().toString());
        if (patient == null || !practiceKey.equals(patient.practiceId)) {
            problems.add(ScheduleProblem.of("appointment.patientId", ScheduleProblem.UNKNOWN_PATIENT,
                    "This patient is not one of the practice's."));
        }
        if (typeRow(booking.typeCode()).isEmpty()) {
            problems.add(ScheduleProblem.of("appointment.typeCode", ScheduleProblem.UNKNOWN_TYPE,
                    "The practice has no appointment type with this code."));
        }
        if (booking.resourceId() != null) {
            Optional<ResourceEntity> resource = resourceRow(booking.resourceId());
            if (resource.isEmpty()) {
                problems.add(ScheduleProblem.of("appointment.resourceId", ScheduleProblem.UNKNOWN_RESOURCE,
                        "This room or equipment is not one of the practice's."));
            } else if (resource.get().active == 0) {
                problems.add(ScheduleProblem.of("appointment.resourceId", ScheduleProblem.UNKNOWN_RESOURCE,
                        "This room or equipment can no longer be booked."));
            }
        }
        List<LocalDateTime> starts = List.of(booking.start());
        String rule = null;
        if (booking.rrule() != null) {
            SeriesRule.Expansion expansion = SeriesRule.expand(booking.rrule(), booking.start(), booking.minutes(),
                    zone);
            if (expansion.problem() != null) {
                problems.add(expansion.problem());
            } else {
                starts = expansion.starts();
                rule = expansion.rule();
            }
        }
        if (!problems.isEmpty()) {
            return new ScheduleResult.Refused(problems);
        }
        ProviderEntity provider = lock(providerRow.get(), booking.resourceId());
        List<Slot> slots = starts.stream().map(s -> new Slot(s, s.plusMinutes(booking.minutes()))).toList();
        problems.addAll(check(JpaPracticeRepository.provider(provider), booking.resourceId(), booking.locationId(),
                slots, booking.overrides(), Set.of()));
        if (!problems.isEmpty()) {
            return new ScheduleResult.Refused(problems);
        }

        AppointmentSeriesEntity series = null;
        if (rule != null) {
            series = new AppointmentSeriesEntity();
            series.id = UUID.randomUUID().toString();
            series.practiceId = practiceKey;
            series.providerId = booking.providerId().toString();
            series.rrule = rule;
            series.dtstart = booking.start();
            series.minutes = (short) booking.minutes();
            series.exdates = "";
            em.persist(series);
            em.flush(); // no mapped relationship orders the inserts: the series row goes first
        }
        List<AppointmentEntity> rows = new ArrayList<>();
        for (Slot slot : slots) {
            AppointmentEntity row = new AppointmentEntity();
            row.id = UUID.randomUUID().toString();
            row.practiceId = practiceKey;
            row.seriesId = series == null ? null : series.id;
            row.occurrenceDate = series == null ? null : slot.start().toLocalDate();
            row.patientId = booking.patientId().toString();
            row.providerId = booking.providerId().toString();
            row.resourceId = booking.resourceId() == null ? null : booking.resourceId().toString();
            row.locationId = locationKey;
            row.typeCode = booking.typeCode();
            row.startsAt = slot.start();
            row.endsAt = slot.end();
            row.status = AppointmentStatus.SCHEDULED.name();
            row.overrideReason = booking.overrideReason();
            row.note = booking.note();
            em.persist(row);
            rows.add(row);
        }
        em.flush();
        return new ScheduleResult.Booked(rows.stream().map(JpaScheduleRepository::appointment).toList(),
                series == null ? null : new SeriesId(UUID.fromString(series.id)));
    }

    // ------------------------------------------------------------------------------------------------ moves

    @Override
    public ScheduleResult move(AppointmentId id, LocalDateTime newStart, int minutes, String overrideReason,
                               SeriesScope scope) {
        return move(id, ANY_VERSION, newStart, minutes, overrideReason, scope);
    }

    @Override
    public ScheduleResult move(AppointmentId id, long expectedVersion, LocalDateTime newStart, int minutes,
                               String overrideReason, SeriesScope scope) {
        Objects.requireNonNull(newStart, "new start");
        Objects.requireNonNull(scope, "scope");
        if (minutes < 5 || minutes > 480) {
            throw new IllegalArgumentException("appointment minutes must be 5 to 480");
        }
        if (newStart.getSecond() != 0 || newStart.getNano() != 0) {
            throw new IllegalArgumentException("new start must be a whole minute");
        }
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        Optional<AppointmentEntity> found = row(id);
        if (found.isEmpty()) {
            return notFound();
        }
        AppointmentEntity row = found.get();
        if (expectedVersion != ANY_VERSION && row.version != expectedVersion) {
            return stale();
        }
        AppointmentStatus status = AppointmentStatus.valueOf(row.status);
        if (!status.occupiesSlot() || status == AppointmentStatus.CHECKED_OUT) {
            return ScheduleResult.refused("appointment.status", ScheduleProblem.NOT_ALLOWED,
                    "A " + spoken(status) + " appointment cannot be moved.");
        }
        PracticeEntity owner = em.find(PracticeEntity.class, practiceKey);
        ProviderEntity provider = lock(providerRow(owner, UUID.fromString(row.providerId)).orElseThrow(),
                row.resourceId == null ? null : UUID.fromString(row.resourceId));
        AppointmentSeriesEntity series = row.seriesId == null ? null : em.find(AppointmentSeriesEntity.class,
                row.seriesId);
        SeriesScope effective = series == null ? SeriesScope.THIS : scope;
        Duration offset = Duration.between(row.startsAt, newStart);

        List<AppointmentEntity> moving = new ArrayList<>();
        moving.add(row);
        if (effective != SeriesScope.THIS) {
            if (!newStart.toLocalDate().equals(row.startsAt.toLocalDate()) && SeriesRule.namesDays(series.rrule)) {
                return ScheduleResult.refused("appointment.start", ScheduleProblem.NOT_ALLOWED,
                        "This series repeats on set days: move only this appointment to another day, or keep"
                                + " the series on its days and change the time.");
            }
            LocalDateTime now = LocalDateTime.now(clock.withZone(zone));
            for (AppointmentEntity other : seriesRows(series.id)) {
                boolean later = effective == SeriesScope.ALL ? !other.startsAt.isBefore(now)
                        : other.startsAt.isAfter(row.startsAt);
                if (!other.id.equals(row.id) && later && AppointmentStatus.SCHEDULED.name().equals(other.status)) {
                    moving.add(other);
                }
            }
        }
        List<Slot> slots = new ArrayList<>();
        Set<String> movingIds = new HashSet<>();
        for (AppointmentEntity m : moving) {
            LocalDateTime start = m.startsAt.plus(offset);
            slots.add(new Slot(start, start.plusMinutes(minutes)));
            movingIds.add(m.id);
        }
        List<ScheduleProblem> problems = check(JpaPracticeRepository.provider(provider),
                row.resourceId == null ? null : UUID.fromString(row.resourceId), UUID.fromString(row.locationId),
                slots, reason != null, movingIds);
        if (!problems.isEmpty()) {
            return new ScheduleResult.Refused(problems);
        }

        LocalDateTime originalStart = row.startsAt;
        if (series != null) {
            switch (effective) {
                case THIS -> {
                    series.exdates = SeriesRule.withExdate(series.exdates, originalStart);
                    row.seriesId = null;
                    row.occurrenceDate = null;
                }
                case ALL -> {
                    series.dtstart = series.dtstart.plus(offset);
                    series.rrule = SeriesRule.shifted(series.rrule, offset);
                    series.exdates = SeriesRule.exdateText(SeriesRule.exdates(series.exdates).stream()
                            .map(d -> d.plus(offset)).toList());
                    series.minutes = (short) minutes;
                }
                case THIS_AND_FOLLOWING -> {
                    AppointmentSeriesEntity next = new AppointmentSeriesEntity();
                    next.id = UUID.randomUUID().toString();
                    next.practiceId = practiceKey;
                    next.providerId = series.providerId;
                    next.dtstart = newStart;
                    next.minutes = (short) minutes;
                    LocalDateTime last = slots.stream().map(Slot::start).max(Comparator.naturalOrder())
                            .orElseThrow();
                    next.rrule = SeriesRule.withUntil(series.rrule, last);
                    List<LocalDateTime> oldExdates = SeriesRule.exdates(series.exdates);
                    next.exdates = SeriesRule.exdateText(oldExdates.stream().filter(d -> d.isAfter(originalStart))
                            .map(d -> d.plus(offset)).toList());
                    series.exdates = SeriesRule.exdateText(oldExdates.stream()
                            .filter(d -> d.isBefore(originalStart)).toList());
                    series.rrule = SeriesRule.endedBefore(series.rrule, originalStart);
                    em.persist(next);
                    em.flush(); // the new series row before the rows that point at it
                    for (AppointmentEntity m : moving) {
                        m.seriesId = next.id;
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        for (int i = 0; i < moving.size(); i++) {
            AppointmentEntity m = moving.get(i);
            if (m.occurrenceDate != null) {
                m.occurrenceDate = slots.get(i).start().toLocalDate();
            }
            m.startsAt = slots.get(i).start();
            m.endsAt = slots.get(i).end();
            if (reason != null) {
                m.overrideReason = reason;
            }
        }
        return flushed(row);
    }

    // ----------------------------------------------------------------------------------------- cancellation

    @Override
    public ScheduleResult cancel(AppointmentId id, String reason, SeriesScope scope) {
        return cancel(id, ANY_VERSION, reason, scope);
    }

    @Override
    public ScheduleResult cancel(AppointmentId id, long expectedVersion, String reason, SeriesScope scope) {
        Objects.requireNonNull(scope, "scope");
        if (reason == null || reason.isBlank()) {
            return ScheduleResult.refused("appointment.cancelReason", ScheduleProblem.CANCEL_REASON_REQUIRED,
                    "Say why the appointment is cancelled.");
        }
        String why = reason.strip();
        if (why.length() > 500) {
            throw new IllegalArgumentException("cancel reason must be at most 500 characters");
        }
        Optional<AppointmentEntity> found = row(id);
        if (found.isEmpty()) {
            return notFound();
        }
        AppointmentEntity row = found.get();
        if (expectedVersion != ANY_VERSION && row.version != expectedVersion) {
            return stale();
        }
        AppointmentStatus status = AppointmentStatus.valueOf(row.status);
        if (!status.canBecome(AppointmentStatus.CANCELLED)) {
            return ScheduleResult.refused("appointment.status", ScheduleProblem.NOT_ALLOWED,
                    "A " + spoken(status) + " appointment cannot be cancelled.");
        }
        AppointmentSeriesEntity series = row.seriesId == null ? null : em.find(AppointmentSeriesEntity.class,
                row.seriesId);
        SeriesScope effective = series == null ? SeriesScope.THIS : scope;
        row.status = AppointmentStatus.CANCELLED.name();
        row.cancelReason = why;
        if (series != null) {
            switch (effective) {
                case THIS -> series.exdates = SeriesRule.withExdate(series.exdates, row.startsAt);
                case THIS_AND_FOLLOWING -> {
                    cancelScheduled(series.id, row.startsAt, why);
                    series.rrule = SeriesRule.endedBefore(series.rrule, row.startsAt);
                }
                case ALL -> cancelScheduled(series.id, null, why);
                default -> throw new IllegalStateException();
            }
        }
        return flushed(row);
    }

    /** Cancels the scheduled occurrences of a series starting at or after {@code from} (all when null). */
    private void cancelScheduled(String seriesId, LocalDateTime from, String why) {
        for (AppointmentEntity other : seriesRows(seriesId)) {
            if (AppointmentStatus.SCHEDULED.name().equals(other.status)
                    && (from == null || !other.startsAt.isBefore(from))) {
                other.status = AppointmentStatus.CANCELLED.name();
                other.cancelReason = why;
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- status

    @Override
    public ScheduleResult changeStatus(AppointmentId id, AppointmentStatus next) {
        return changeStatus(id, ANY_VERSION, next);
    }

    @Override
    public ScheduleResult changeStatus(AppointmentId id, long expectedVersion, AppointmentStatus next) {
        Objects.requireNonNull(next, "next status");
        Optional<AppointmentEntity> found = row(id);
        if (found.isEmpty()) {
            return notFound();
        }
        AppointmentEntity row = found.get();
        if (expectedVersion != ANY_VERSION && row.version != expectedVersion) {
            return stale();
        }
        AppointmentStatus status = AppointmentStatus.valueOf(row.status);
        if (!status.canBecome(next)) {
            return ScheduleResult.refused("appointment.status", ScheduleProblem.NOT_ALLOWED,
                    "A " + spoken(status) + " appointment cannot become " + spoken(next) + ".");
        }
        if (next == AppointmentStatus.CANCELLED) {
            return ScheduleResult.refused("appointment.cancelReason", ScheduleProblem.CANCEL_REASON_REQUIRED,
                    "Cancel the appointment with a reason.");
        }
        row.status = next.name();
        return flushed(row);
    }

    // ---------------------------------------------------------------------------------------------- reading

    @Override
    public Optional<Appointment> find(AppointmentId id) {
        return row(id).map(JpaScheduleRepository::appointment);
    }

    @Override
    public List<Appointment> between(UUID providerId, UUID resourceId, LocalDateTime from, LocalDateTime to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        StringBuilder jpql = new StringBuilder("select a from AppointmentEntity a where a.practiceId = :practice"
                + " and a.startsAt < :to and a.endsAt > :from and a.startsAt >= :earliest");
        if (providerId != null) {
            jpql.append(" and a.providerId = :provider");
        }
        if (resourceId != null) {
            jpql.append(" and a.resourceId = :resource");
        }
        jpql.append(" order by a.startsAt, a.id");
        TypedQuery<AppointmentEntity> query = em.createQuery(jpql.toString(), AppointmentEntity.class)
                .setParameter("practice", practiceKey).setParameter("from", from).setParameter("to", to)
                .setParameter("earliest", from.minusMinutes(LONGEST_MINUTES));
        if (providerId != null) {
            query.setParameter("provider", providerId.toString());
        }
        if (resourceId != null) {
            query.setParameter("resource", resourceId.toString());
        }
        return query.getResultList().stream().map(JpaScheduleRepository::appointment).toList();
    }

    // -------------------------------------------------------------------------------------------- reminders

    @Override
    public List<Appointment> remindersDue(LocalDateTime from, LocalDateTime to, int limit) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return em.createQuery("select a from AppointmentEntity a where a.practiceId = :practice"
                        + " and a.status = :status and a.startsAt >= :from and a.startsAt < :to and not exists"
                        + " (select r from AppointmentReminderEntity r where r.appointmentId = a.id)"
                        + " order by a.startsAt, a.id", AppointmentEntity.class)
                .setParameter("practice", practiceKey).setParameter("status", AppointmentStatus.SCHEDULED.name())
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList().stream()
                .map(JpaScheduleRepository::appointment).toList();
    }

    @Override
    public boolean claimReminder(AppointmentId id, String channels, java.time.Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        if (channels == null || channels.isBlank() || channels.length() > 20) {
            throw new IllegalArgumentException("channels must be 1 to 20 characters");
        }
        AppointmentEntity appointment = em.find(AppointmentEntity.class, id.toString());
        if (appointment == null || !appointment.practiceId.equals(practiceKey)
                || em.find(AppointmentReminderEntity.class, id.toString()) != null) {
            return false;
        }
        em.persist(new AppointmentReminderEntity(id.toString(), channels, at.toEpochMilli()));
        em.flush();
        return true;
    }

    // ------------------------------------------------------------------------------------------------ types

    @Override
    public List<AppointmentType> types() {
        return em.createQuery("select t from AppointmentTypeEntity t where t.practiceId = :practice order by t.code",
                        AppointmentTypeEntity.class).setParameter("practice", practiceKey).getResultList().stream()
                .map(JpaScheduleRepository::type).toList();
    }

    @Override
    public AppointmentType addType(AppointmentType type) {
        Objects.requireNonNull(type, "appointment type");
        if (em.find(PracticeEntity.class, practiceKey) == null) {
            throw new OaCoreException("practice " + practice + " is not stored");
        }
        if (typeRow(type.code()).isPresent()) {
            throw new OaCoreException("the practice already has appointment type " + type.code());
        }
        AppointmentTypeEntity row = new AppointmentTypeEntity();
        row.id = UUID.randomUUID().toString();
        row.practiceId = practiceKey;
        row.code = type.code();
        row.name = type.name();
        row.defaultMinutes = (short) type.defaultMinutes();
        row.colour = type.colour();
        em.persist(row);
        em.flush();
        return type(row);
    }

    // --------------------------------------------------------------------------------------------- checking

    /** A time the provider (and resource) would be held: {@code [start, end)}. */
    private record Slot(LocalDateTime start, LocalDateTime end) {
    }

    /**
     * The office-hours and overlap problems of these slots, ignoring the appointments in {@code ignoring} (those
     * being moved). The provider (and resource) must be locked already.
     */
    private List<ScheduleProblem> check(Provider provider, UUID resourceId, UUID locationId, List<Slot> slots,
                                        boolean override, Set<String> ignoring) {
        List<ScheduleProblem> problems = new ArrayList<>();
        if (override) {
            // A reason books it anyway: a double-booking, or a time outside office hours (the doctor stays late).
            return problems;
        }
        if (!provider.officeHours().isEmpty()) {
            for (Slot slot : slots) {
                if (!withinOfficeHours(provider.officeHours(), locationId, slot)) {
                    problems.add(ScheduleProblem.of("appointment.start", ScheduleProblem.OUTSIDE_OFFICE_HOURS,
                            "The provider does not see patients at this location for the whole"
                                    + " appointment on " + SPOKEN.format(slot.start()) + "."));
                }
            }
        }
        LocalDateTime from = slots.stream().map(Slot::start).min(Comparator.naturalOrder()).orElseThrow();
        LocalDateTime to = slots.stream().map(Slot::end).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, ScheduleProblem.Conflict> conflicts = new LinkedHashMap<>();
        collect(conflicts, "provider", "providerId", provider.id(), from, to, slots, ignoring);
        if (resourceId != null) {
            collect(conflicts, "resource", "resourceId", resourceId, from, to, slots, ignoring);
        }
        if (!conflicts.isEmpty()) {
            List<ScheduleProblem.Conflict> listed = conflicts.values().stream()
                    .sorted(Comparator.comparing(ScheduleProblem.Conflict::start)).toList();
            problems.add(new ScheduleProblem("appointment.start", ScheduleProblem.SLOT_TAKEN,
                    "This time is already booked for the provider or the room: choose another time, or give a"
                            + " reason to double-book.", listed));
        }
        return problems;
    }

    private void collect(Map<String, ScheduleProblem.Conflict> conflicts, String who, String field, UUID key,
                         LocalDateTime from, LocalDateTime to, List<Slot> slots, Set<String> ignoring) {
        List<AppointmentEntity> near = em.createQuery("select a from AppointmentEntity a where a.practiceId"
                        + " = :practice and a." + field + " = :key and a.status in :occupying and a.startsAt < :to"
                        + " and a.endsAt > :from and a.startsAt >= :earliest order by a.startsAt",
                        AppointmentEntity.class)
                .setParameter("practice", practiceKey).setParameter("key", key.toString())
                .setParameter("earliest", from.minusMinutes(LONGEST_MINUTES))
                .setParameter("occupying", OCCUPYING).setParameter("from", from).setParameter("to", to)
                // Times and statuses as stored now, not as a cache of this node remembers them.
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .getResultList();
        for (AppointmentEntity other : near) {
            if (ignoring.contains(other.id)) {
                continue;
            }
            boolean overlaps = slots.stream().anyMatch(s -> other.startsAt.isBefore(s.end())
                    && s.start().isBefore(other.endsAt));
            if (overlaps) {
                conflicts.putIfAbsent(other.id + who, new ScheduleProblem.Conflict(
                        new AppointmentId(UUID.fromString(other.id)), other.startsAt, other.endsAt, who));
            }
        }
    }

    private static boolean withinOfficeHours(List<OfficeHours> hours, UUID locationId, Slot slot) {
        if (!slot.end().toLocalDate().equals(slot.start().toLocalDate())
                && !slot.end().toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
            return false;
        }
        DayOfWeek day = slot.start().getDayOfWeek();
        int startMinute = slot.start().getHour() * 60 + slot.start().getMinute();
        int endMinute = slot.end().toLocalDate().equals(slot.start().toLocalDate())
                ? slot.end().getHour() * 60 + slot.end().getMinute() : 24 * 60;
        return hours.stream().anyMatch(h -> h.day() == day && h.locationId().equals(locationId)
                && startMinute >= h.from().getHour() * 60 + h.from().getMinute()
                && endMinute <= minuteOfDay(h.to()));
    }

    private static int minuteOfDay(java.time.LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** The practice's provider row, unlocked. */
    private static Optional<ProviderEntity> providerRow(PracticeEntity owner, UUID providerId) {
        String key = providerId.toString();
        return owner.providers.stream().filter(p -> p.id.equals(key)).findFirst();
    }

    /**
     * Locks the provider's row, then the resource's, until the transaction ends (SELECT ... FOR UPDATE on Derby
     * and PostgreSQL alike): other bookings for them wait here, and then see this one's appointments.
     */
    private ProviderEntity lock(ProviderEntity provider, UUID resourceId) {
        em.lock(provider, LockModeType.PESSIMISTIC_WRITE);
        if (resourceId != null) {
            em.createQuery("select r from ResourceEntity r where r.practiceId = :practice and r.id = :id",
                            ResourceEntity.class)
                    .setParameter("practice", practiceKey).setParameter("id", resourceId.toString())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        }
        return provider;
    }

    private Optional<ResourceEntity> resourceRow(UUID resourceId) {
        return em.createQuery("select r from ResourceEntity r where r.practiceId = :practice and r.id = :id",
                        ResourceEntity.class)
                .setParameter("practice", practiceKey).setParameter("id", resourceId.toString())
                .getResultStream().findFirst();
    }

    private Optional<AppointmentTypeEntity> typeRow(String code) {
        return em.createQuery("select t from AppointmentTypeEntity t where t.practiceId = :practice"
                        + " and t.code = :code", AppointmentTypeEntity.class)
                .setParameter("practice", practiceKey).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private Optional<AppointmentEntity> row(AppointmentId id) {
        Objects.requireNonNull(id, "appointment id");
        return em.createQuery("select a from AppointmentEntity a where a.practiceId = :practice and a.id = :id",
                        AppointmentEntity.class)
                .setParameter("practice", practiceKey).setParameter("id", id.toString())
                .getResultStream().findFirst();
    }

    private List<AppointmentEntity> seriesRows(String seriesId) {
        return em.createQuery("select a from AppointmentEntity a where a.practiceId = :practice"
                        + " and a.seriesId = :series order by a.startsAt", AppointmentEntity.class)
                .setParameter("practice", practiceKey).setParameter("series", seriesId).getResultList();
    }

    /** Writes the changes; a concurrent change (an older version) is the refusal {@code stale}. */
    private ScheduleResult flushed(AppointmentEntity row) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            return stale();
        } catch (PersistenceException e) {
            if (e.getCause() instanceof OptimisticLockException) {
                return stale();
            }
            throw e;
        }
        return new ScheduleResult.Changed(appointment(row));
    }

    private static ScheduleResult stale() {
        return ScheduleResult.refused("appointment.version", ScheduleProblem.STALE,
                "Someone else changed this appointment a moment ago: look at it again and redo the change.");
    }

    private static ScheduleResult notFound() {
        return ScheduleResult.refused("appointment.id", ScheduleProblem.NOT_FOUND,
                "This appointment is not on the practice's schedule.");
    }

    private static String spoken(AppointmentStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static Appointment appointment(AppointmentEntity a) {
        return new Appointment(new AppointmentId(UUID.fromString(a.id)),
                a.seriesId == null ? null : new SeriesId(UUID.fromString(a.seriesId)), a.occurrenceDate,
                new PatientId(UUID.fromString(a.patientId)), UUID.fromString(a.providerId),
                a.resourceId == null ? null : UUID.fromString(a.resourceId), UUID.fromString(a.locationId),
                a.typeCode, a.startsAt, a.endsAt, AppointmentStatus.valueOf(a.status), a.overrideReason,
                a.cancelReason, a.note, a.version);
    }

    private static AppointmentType type(AppointmentTypeEntity t) {
        return new AppointmentType(t.code, t.name, t.defaultMinutes, t.colour);
    }
}
