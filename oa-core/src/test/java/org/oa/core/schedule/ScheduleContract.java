package org.oa.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oa.core.identifier.Npi;
import org.oa.core.identifier.TaxId;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.DuplicateCheck;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PersonName;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.persistence.CoreRepositories;
import org.oa.core.practice.Location;
import org.oa.core.practice.OfficeHours;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;
import org.oa.core.practice.Resource;
import org.oa.core.practice.ResourceKind;

/**
 * What the schedule must do on every database; run on Derby and PostgreSQL by subclasses. Each test books into
 * its own new practice (random IDs). The practice: location Main, Dr Stone who sees patients there Monday to
 * Friday 08:00-17:00, Dr Rivera without office hours, Exam room 1, type NEW (30 minutes). June 15, 2026 is a
 * Monday; "now" is June 1, 2026. All data is synthetic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ScheduleContract {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final Clock JUNE_1 = Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZONE);
    static final LocalDateTime MONDAY_9 = LocalDateTime.of(2026, 6, 15, 9, 0);

    private EntityManagerFactory factory;

    abstract DataSource openDataSource();

    String unavailableReason() {
        return "database not available";
    }

    @BeforeAll
    void open() {
        DataSource dataSource = openDataSource();
        if (dataSource != null) {
            CorePersistence.migrate(dataSource);
            factory = CorePersistence.createEntityManagerFactory(dataSource);
        }
    }

    @BeforeEach
    void requireDatabase() {
        Assumptions.assumeTrue(factory != null, this::unavailableReason);
    }

    @AfterAll
    void close() {
        if (factory != null) {
            factory.close();
        }
    }

    /** A practice with its people, rooms and one patient. */
    record Setup(PracticeId practice, UUID main, UUID stone, UUID rivera, UUID room, PatientId patient) {
        Booking booking(LocalDateTime start, int minutes) {
            return Booking.of(patient, stone, main, "NEW", start, minutes);
        }
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private <T> T schedule(Setup setup, Function<ScheduleRepository, T> work) {
        return inTransaction(em -> work.apply(CoreRepositories.schedule(em, setup.practice(), ZONE, JUNE_1)));
    }

    private Setup newPractice() {
        PracticeId id = PracticeId.random();
        UUID main = UUID.randomUUID();
        UUID stone = UUID.randomUUID();
        UUID rivera = UUID.randomUUID();
        UUID room = UUID.randomUUID();
        List<OfficeHours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(OfficeHours.of(day, "08:00", "17:00", main));
        }
        PatientId patient = PatientId.random();
        inTransaction(em -> {
            CorePersistence.practices(em).add(new Practice(id, "Practice " + id, new TaxId("123456789"),
                    new Npi("1234567893"), List.of(new Location(main, "Main", "100 Main Street", "Columbus", "OH",
                    "432151234", null)), List.of(new Provider(stone, "Avery", "Stone", new Npi("1245319599"),
                    "207Q00000X", true, hours), new Provider(rivera, "Blake", "Rivera", new Npi("1679576722"),
                    "208D00000X"))));
            CoreRepositories.resources(em, id).add(new Resource(room, "Exam room 1", ResourceKind.ROOM, main, true));
            CoreRepositories.patients(em, id, event -> { }).create(PatientRecord.builder().id(patient)
                    .practiceId(id).accountNumber(AccountNumber.of("A-1")).name(PersonName.of("Robin", "Sample"))
                    .birthDate(LocalDate.of(1980, 1, 5)).build(), DuplicateCheck.CHECK);
            CoreRepositories.schedule(em, id, ZONE, JUNE_1).addType(new AppointmentType("NEW", "New patient", 30,
                    "#1E90FF"));
            return null;
        });
        return new Setup(id, main, stone, rivera, room, patient);
    }

    private Appointment bookOne(Setup setup, Booking booking) {
        ScheduleResult result = schedule(setup, (ScheduleRepository s) -> s.book(booking));
        assertThat(result).isInstanceOf(ScheduleResult.Booked.class);
        return ((ScheduleResult.Booked) result).occurrences().get(0);
    }

    private ScheduleResult.Booked bookSeries(Setup setup, Booking booking) {
        ScheduleResult result = schedule(setup, (ScheduleRepository s) -> s.book(booking));
        assertThat(result.problems()).isEmpty();
        return (ScheduleResult.Booked) result;
    }

    private List<Appointment> week(Setup setup) {
        return schedule(setup, (ScheduleRepository s) -> s.between(setup.stone(), null, MONDAY_9.minusDays(1), MONDAY_9.plusYears(1)));
    }

    private String seriesColumn(SeriesId series, String column) {
        return inTransaction(em -> String.valueOf(em.createNativeQuery("select " + column
                + " from OA_CORE.APPOINTMENT_SERIES where ID = ?1").setParameter(1, series.toString())
                .getSingleResult()).strip());
    }

    @Test
    void booksAnAppointmentAndListsItForTheProviderAndTheRoom() {
        Setup setup = newPractice();
        Appointment booked = bookOne(setup, setup.booking(MONDAY_9, 30).withResource(setup.room())
                .withNote("Bring the referral"));

        assertThat(booked.start()).isEqualTo(MONDAY_9);
        assertThat(booked.end()).isEqualTo(MONDAY_9.plusMinutes(30));
        assertThat(booked.status()).isEqualTo(AppointmentStatus.SCHEDULED);
        assertThat(booked.seriesId()).isNull();
        assertThat(booked.note()).isEqualTo("Bring the referral");
        assertThat(schedule(setup, (ScheduleRepository s) -> s.find(booked.id()))).contains(booked);
        assertThat(schedule(setup, (ScheduleRepository s) -> s.between(setup.stone(), null, MONDAY_9, MONDAY_9.plusHours(1))))
                .containsExactly(booked);
        assertThat(schedule(setup, (ScheduleRepository s) -> s.between(null, setup.room(), MONDAY_9.minusHours(1), MONDAY_9.plusMinutes(1))))
                .containsExactly(booked);
        assertThat(schedule(setup, (ScheduleRepository s) -> s.between(setup.rivera(), null, MONDAY_9, MONDAY_9.plusHours(1)))).isEmpty();
        assertThat(schedule(setup, (ScheduleRepository s) -> s.between(null, null, MONDAY_9.plusMinutes(30), MONDAY_9.plusHours(1))))
                .as("the end is exclusive").isEmpty();
        assertThat(booked.toString()).doesNotContain(setup.patient().toString()).doesNotContain("referral");
        assertThat(schedule(setup, ScheduleRepository::types)).containsExactly(new AppointmentType("NEW",
                "New patient", 30, "#1e90ff"));
    }

    @Test
    void aReminderIsDueOnceForAScheduledAppointmentAndNotForACancelledOneOrAnotherPractices() {
        Setup setup = newPractice();
        Appointment nine = bookOne(setup, setup.booking(MONDAY_9, 30));
        Appointment ten = bookOne(setup, setup.booking(MONDAY_9.plusHours(1), 30));
        Appointment tomorrow = bookOne(setup, setup.booking(MONDAY_9.plusDays(1), 30));
        schedule(setup, (ScheduleRepository s) -> s.cancel(ten.id(), "patient called", SeriesScope.THIS));
        Instant sent = Instant.parse("2026-06-14T13:00:00Z");

        assertThat(schedule(setup, (ScheduleRepository s) -> s.remindersDue(MONDAY_9.minusHours(1),
                MONDAY_9.plusHours(12), 50))).containsExactly(nine);
        assertThat(schedule(setup, (ScheduleRepository s) -> s.claimReminder(nine.id(), "email,sms", sent))).isTrue();
        assertThat(schedule(setup, (ScheduleRepository s) -> s.claimReminder(nine.id(), "email", sent)))
                .as("claimed once").isFalse();
        assertThat(schedule(setup, (ScheduleRepository s) -> s.remindersDue(MONDAY_9.minusHours(1),
                MONDAY_9.plusDays(2), 50))).containsExactly(tomorrow);
        Setup other = newPractice();
        assertThat(schedule(other, (ScheduleRepository s) -> s.claimReminder(tomorrow.id(), "email", sent)))
                .as("another practice's appointment").isFalse();
        assertThat(schedule(other, (ScheduleRepository s) -> s.remindersDue(MONDAY_9.minusDays(1),
                MONDAY_9.plusDays(2), 50))).isEmpty();
    }

    @Test
    void keepsTheWallClockTimeWhateverTheJvmZone() {
        Setup setup = newPractice();
        java.util.TimeZone jvmZone = java.util.TimeZone.getDefault();
        try {
            // 02:30 on March 8, 2026 does not exist in New York (clocks jump from 02:00 to 03:00).
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"));
            LocalDateTime skipped = LocalDateTime.of(2026, 3, 8, 2, 30);
            Appointment booked = bookOne(setup, Booking.of(setup.patient(), setup.rivera(), setup.main(), "NEW",
                    skipped, 30));
            assertThat(schedule(setup, (ScheduleRepository s) -> s.find(booked.id())).orElseThrow().start())
                    .isEqualTo(skipped);
            assertThat(schedule(setup, (ScheduleRepository s) -> s.between(setup.rivera(), null, skipped,
                    skipped.plusMinutes(1)))).extracting(Appointment::id).containsExactly(booked.id());
        } finally {
            java.util.TimeZone.setDefault(jvmZone);
        }
    }

    @Test
    void adjacentAppointmentsDoNotConflict() {
        Setup setup = newPractice();
        bookOne(setup, setup.booking(MONDAY_9, 30).withResource(setup.room()));
        Appointment next = bookOne(setup, setup.booking(MONDAY_9.plusMinutes(30), 30).withResource(setup.room()));
        Appointment before = bookOne(setup, setup.booking(MONDAY_9.minusMinutes(15), 15).withResource(setup.room()));

        assertThat(week(setup)).extracting(Appointment::start).containsExactly(before.start(), MONDAY_9,
                next.start());
    }

    @Test
    void refusesAnOverlapAndListsTheAppointmentInTheWay() {
        Setup setup = newPractice();
        Appointment first = bookOne(setup, setup.booking(MONDAY_9, 30).withResource(setup.room()));

        ScheduleResult sameProvider = schedule(setup, (ScheduleRepository s) -> s.book(setup.booking(MONDAY_9.plusMinutes(15), 30)));
        assertThat(sameProvider).isInstanceOf(ScheduleResult.Refused.class);
        ScheduleProblem problem = sameProvider.problems().get(0);
        assertThat(problem.code()).isEqualTo("slot_taken");
        assertThat(problem.path()).isEqualTo("appointment.start");
        assertThat(problem.conflicts()).containsExactly(new ScheduleProblem.Conflict(first.id(), MONDAY_9,
                MONDAY_9.plusMinutes(30), "provider"));

        ScheduleResult sameRoom = schedule(setup, (ScheduleRepository s) -> s.book(Booking.of(setup.patient(), setup.rivera(),
                setup.main(), "NEW", MONDAY_9.minusMinutes(10), 20).withResource(setup.room())));
        assertThat(sameRoom.problems()).singleElement().satisfies(p -> assertThat(p.conflicts())
                .extracting(ScheduleProblem.Conflict::appointmentId, ScheduleProblem.Conflict::who)
                .containsExactly(tuple(first.id(), "resource")));
        assertThat(week(setup)).containsExactly(first);
    }

    @Test
    void acceptsAnOverlapGivenAReasonAndRecordsTheReason() {
        Setup setup = newPractice();
        bookOne(setup, setup.booking(MONDAY_9, 30));

        Appointment squeezed = bookOne(setup, setup.booking(MONDAY_9, 15).overriding("Urgent: seen between"));

        assertThat(squeezed.overrideReason()).isEqualTo("Urgent: seen between");
        assertThat(schedule(setup, (ScheduleRepository s) -> s.find(squeezed.id())).orElseThrow().overrideReason())
                .isEqualTo("Urgent: seen between");
        assertThat(week(setup)).hasSize(2);
    }

    @Test
    void refusesTimesOutsideTheProvidersOfficeHoursButNotForAProviderWithoutAny() {
        Setup setup = newPractice();

        ScheduleResult early = schedule(setup, (ScheduleRepository s) -> s.book(setup.booking(MONDAY_9.withHour(7).withMinute(45), 30)));
        ScheduleResult late = schedule(setup, (ScheduleRepository s) -> s.book(setup.booking(MONDAY_9.withHour(16).withMinute(45), 30)));
        ScheduleResult saturday = schedule(setup, (ScheduleRepository s) -> s.book(setup.booking(MONDAY_9.plusDays(5), 30)));

        for (ScheduleResult refused : List.of(early, late, saturday)) {
            assertThat(refused.problems()).extracting(ScheduleProblem::code, ScheduleProblem::path)
                    .containsExactly(tuple("outside_office_hours", "appointment.start"));
        }
        assertThat(bookOne(setup, setup.booking(MONDAY_9.withHour(16).withMinute(30), 30)).end().getHour())
                .as("ending when office hours end is inside them").isEqualTo(17);
        assertThat(bookOne(setup, setup.booking(MONDAY_9.withHour(18), 30).overriding("stays late for a fever"))
                .overrideReason()).as("a reason books outside office hours").isEqualTo("stays late for a fever");
        Appointment anyTime = bookOne(setup, Booking.of(setup.patient(), setup.rivera(), setup.main(), "NEW",
                MONDAY_9.plusDays(5).withHour(6), 30));
        assertThat(anyTime.start().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    }

    @Test
    void refusesUnknownProviderTypeAndRuleWithoutStoringAnything() {
        Setup setup = newPractice();
        ScheduleResult refused = schedule(setup, (ScheduleRepository s) -> s.book(new Booking(setup.patient(), UUID.randomUUID(), null,
                setup.main(), "XRAY", MONDAY_9, 30, "FREQ=SOMETIMES", null, "")));

        assertThat(refused.problems()).extracting(ScheduleProblem::code).containsExactlyInAnyOrder(
                "unknown_provider", "unknown_type", "bad_rrule");
        assertThat(schedule(setup, (ScheduleRepository s) -> s.book(setup.booking(MONDAY_9, 30).repeating("FREQ=DAILY;COUNT=400")))
                .refusedFor("series_too_long")).isTrue();
        inTransaction(em -> CoreRepositories.resources(em, setup.practice()).update(new Resource(setup.room(),
                "Exam room 1", ResourceKind.ROOM, setup.main(), false)));
        assertThat(schedule(setup, (ScheduleRepository s) -> s.book(setup.booking(MONDAY_9, 30)
                .withResource(setup.room()))).problems()).extracting(ScheduleProblem::code, ScheduleProblem::path)
                .containsExactly(tuple("unknown_resource", "appointment.resourceId"));
        assertThat(schedule(setup, (ScheduleRepository s) -> s.between(null, null, MONDAY_9.minusYears(1), MONDAY_9.plusYears(3))))
                .isEmpty();
    }

    @Test
    void weeklyRuleWithCountSixBooksSixOccurrencesOfOneSeries() {
        Setup setup = newPractice();
        ScheduleResult.Booked booked = bookSeries(setup, setup.booking(MONDAY_9, 30).repeating("FREQ=WEEKLY;COUNT=6"));

        assertThat(booked.seriesIdOrNull()).isNotNull();
        assertThat(booked.occurrences()).extracting(Appointment::start).containsExactly(MONDAY_9,
                MONDAY_9.plusWeeks(1), MONDAY_9.plusWeeks(2), MONDAY_9.plusWeeks(3), MONDAY_9.plusWeeks(4),
                MONDAY_9.plusWeeks(5));
        assertThat(booked.occurrences()).allSatisfy(a -> {
            assertThat(a.seriesId()).isEqualTo(booked.seriesIdOrNull());
            assertThat(a.occurrenceDate()).isEqualTo(a.start().toLocalDate());
        });
        assertThat(week(setup)).isEqualTo(booked.occurrences());
        assertThat(seriesColumn(booked.seriesIdOrNull(), "RRULE")).isEqualTo("FREQ=WEEKLY;COUNT=6");
    }

    @Test
    void anOpenRuleIsBookedForOneYearAndStoredWithThatEnd() {
        Setup setup = newPractice();
        ScheduleResult.Booked booked = bookSeries(setup, Booking.of(setup.patient(), setup.rivera(), setup.main(),
                "NEW", MONDAY_9, 30).repeating("FREQ=MONTHLY"));

        assertThat(booked.occurrences()).hasSize(13);
        assertThat(booked.occurrences().get(12).start()).isEqualTo(MONDAY_9.plusYears(1));
        assertThat(seriesColumn(booked.seriesIdOrNull(), "RRULE")).isEqualTo("FREQ=MONTHLY;UNTIL=20270615T090000");
    }

    @Test
    void cancellingOneOccurrenceLeavesTheOtherFiveAndRecordsAnExdate() {
        Setup setup = newPractice();
        ScheduleResult.Booked booked = bookSeries(setup, setup.booking(MONDAY_9, 30).repeating("FREQ=WEEKLY;COUNT=6"));
        Appointment third = booked.occurrences().get(2);

        ScheduleResult cancelled = schedule(setup, (ScheduleRepository s) -> s.cancel(third.id(), "Patient travelling", SeriesScope.THIS));

        assertThat(cancelled).isInstanceOf(ScheduleResult.Changed.class);
        Appointment after = ((ScheduleResult.Changed) cancelled).appointment();
        assertThat(after.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(after.cancelReason()).isEqualTo("Patient travelling");
        List<Appointment> all = week(setup);
        assertThat(all).hasSize(6);
        assertThat(all).filteredOn(a -> !a.id().equals(third.id()))
                .containsExactlyElementsOf(booked.occurrences().stream().filter(a -> !a.id().equals(third.id()))
                        .toList());
        assertThat(seriesColumn(booked.seriesIdOrNull(), "EXDATES")).isEqualTo("20260629T090000");
        assertThat(bookOne(setup, setup.booking(third.start(), 30)).start())
                .as("the cancelled slot is free again").isEqualTo(third.start());
    }

    @Test
    void cancellingThisAndFollowingCancelsTheLaterOnesAndEndsTheSeries() {
        Setup setup = newPractice();
        ScheduleResult.Booked booked = bookSeries(setup, setup.booking(MONDAY_9, 30).repeating("FREQ=WEEKLY;COUNT=6"));

        schedule(setup, (ScheduleRepository s) -> s.cancel(booked.occurrences().get(3).id(), "Treatment finished early",
                SeriesScope.THIS_AND_FOLLOWING));

        assertThat(week(setup)).extracting(Appointment::status).containsExactly(AppointmentStatus.SCHEDULED,
                AppointmentStatus.SCHEDULED, AppointmentStatus.SCHEDULED, AppointmentStatus.CANCELLED,
                AppointmentStatus.CANCELLED, AppointmentStatus.CANCELLED);
        assertThat(seriesColumn(booked.seriesIdOrNull(), "RRULE")).isEqualTo("FREQ=WEEKLY;UNTIL=20260706T085959");
    }

    @Test
    void cancellingNeedsAReason() {
        Setup setup = newPractice();
        Appointment booked = bookOne(setup, setup.booking(MONDAY_9, 30));

        assertThat(schedule(setup, (ScheduleRepository s) -> s.cancel(booked.id(), " ", SeriesScope.THIS)).problems())
                .extracting(ScheduleProblem::code).containsExactly("cancel_reason_required");
        assertThat(schedule(setup, (ScheduleRepository s) -> s.changeStatus(booked.id(), AppointmentStatus.CANCELLED))
                .refusedFor("cancel_reason_required")).isTrue();
        assertThat(schedule(setup, (ScheduleRepository s) -> s.find(booked.id())).orElseThrow().status())
                .isEqualTo(AppointmentStatus.SCHEDULED);
    }

    @Test
    void movingOneOccurrenceTakesItOutOfTheSeries() {
        Setup setup = newPractice();
        ScheduleResult.Booked booked = bookSeries(setup, setup.booking(MONDAY_9, 30).repeating("FREQ=WEEKLY;COUNT=6"));
        Appointment second = booked.occurrences().get(1);

        ScheduleResult moved = schedule(setup, (ScheduleRepository s) -> s.move(second.id(), second.start().plusDays(1).withHour(14), 45,
                null, SeriesScope.THIS));

        Appointment after = ((ScheduleResult.Changed) moved).appointment();
        assertThat(after.start()).isEqualTo(LocalDateTime.of(2026, 6, 23, 14, 0));
        assertThat(after.end()).isEqualTo(LocalDateTime.of(2026, 6, 23, 14, 45));
        assertThat(after.seriesId()).isNull();
        assertThat(after.version()).isGreaterThan(second.version());
        assertThat(seriesColumn(booked.seriesIdOrNull(), "EXDATES")).isEqualTo("20260622T090000");
        assertThat(week(setup)).filteredOn(a -> !a.id().equals(second.id()))
                .extracting(Appointment::start).containsExactly(MONDAY_9, MONDAY_9.plusWeeks(2),
                        MONDAY_9.plusWeeks(3), MONDAY_9.plusWeeks(4), MONDAY_9.plusWeeks(5));
    }

    @Test
    void movingAllShiftsEveryOccurrenceBySameOffset() {
        Setup setup = newPractice();
        ScheduleResult.Booked booked = bookSeries(setup, setup.booking(MONDAY_9, 30).repeating("FREQ=WEEKLY;COUNT=6"));
        Appointment third = booked.occurrences().get(2);

        ScheduleResult moved = schedule(setup, (ScheduleRepository s) -> s.move(third.id(), third.start().plusHours(2), 30, null,
                SeriesScope.ALL));

        assertThat(moved).isInstanceOf(ScheduleResult.Changed.class);
        assertThat(week(setup)).extracting(Appointment::start).containsExactly(MONDAY_9.plusHours(2),
                MONDAY_9.plusWeeks(1).plusHours(2), MONDAY_9.plusWeeks(2).plusHours(2),
                MONDAY_9.plusWeeks(3).plusHours(2), MONDAY_9.plusWeeks(4).plusHours(2),
                MONDAY_9.plusWeeks(5).plusHours(2));
        assertThat(week(setup)).extracting(Appointment::seriesId).containsOnly(booked.seriesIdOrNull());
    }

    @Test
    void movingThisAndFollowingSplitsTheSeries() {
        Setup setup = newPractice();
        ScheduleResult.Booked booked = bookSeries(setup, setup.booking(MONDAY_9, 30).repeating("FREQ=WEEKLY;COUNT=6"));
        Appointment fourth = booked.occurrences().get(3);

        Appointment after = ((ScheduleResult.Changed) schedule(setup, (ScheduleRepository s) -> s.move(fourth.id(),
                fourth.start().plusHours(1), 30, null, SeriesScope.THIS_AND_FOLLOWING))).appointment();

        List<Appointment> all = week(setup);
        assertThat(all).extracting(Appointment::start).containsExactly(MONDAY_9, MONDAY_9.plusWeeks(1),
                MONDAY_9.plusWeeks(2), MONDAY_9.plusWeeks(3).plusHours(1), MONDAY_9.plusWeeks(4).plusHours(1),
                MONDAY_9.plusWeeks(5).plusHours(1));
        assertThat(all.subList(0, 3)).extracting(Appointment::seriesId).containsOnly(booked.seriesIdOrNull());
        assertThat(after.seriesId()).isNotNull().isNotEqualTo(booked.seriesIdOrNull());
        assertThat(all.subList(3, 6)).extracting(Appointment::seriesId).containsOnly(after.seriesId());
        assertThat(seriesColumn(booked.seriesIdOrNull(), "RRULE")).isEqualTo("FREQ=WEEKLY;UNTIL=20260706T085959");
        assertThat(seriesColumn(after.seriesId(), "RRULE")).isEqualTo("FREQ=WEEKLY;UNTIL=20260720T100000");
    }

    @Test
    void movingASeriesOnSetDaysToAnotherDayIsRefusedButTheTimeCanChange() {
        Setup setup = newPractice();
        ScheduleResult.Booked booked = bookSeries(setup, setup.booking(MONDAY_9, 30)
                .repeating("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4"));
        assertThat(booked.occurrences()).extracting(Appointment::start).containsExactly(MONDAY_9,
                MONDAY_9.plusDays(2), MONDAY_9.plusWeeks(1), MONDAY_9.plusWeeks(1).plusDays(2));
        Appointment first = booked.occurrences().get(0);

        assertThat(schedule(setup, (ScheduleRepository s) -> s.move(first.id(), MONDAY_9.plusDays(1), 30, null,
                SeriesScope.ALL)).refusedFor("not_allowed")).isTrue();
        assertThat(schedule(setup, (ScheduleRepository s) -> s.move(first.id(), MONDAY_9.withHour(13), 30, null,
                SeriesScope.ALL))).isInstanceOf(ScheduleResult.Changed.class);
        assertThat(week(setup)).extracting(a -> a.start().getHour()).containsOnly(13);
    }

    @Test
    void aMoveIsCheckedLikeABooking() {
        Setup setup = newPractice();
        Appointment first = bookOne(setup, setup.booking(MONDAY_9, 30));
        Appointment second = bookOne(setup, setup.booking(MONDAY_9.plusHours(1), 30));

        ScheduleResult onto = schedule(setup, (ScheduleRepository s) -> s.move(second.id(), MONDAY_9.plusMinutes(15), 30, null,
                SeriesScope.THIS));
        assertThat(onto.problems()).singleElement().satisfies(p -> assertThat(p.conflicts())
                .extracting(ScheduleProblem.Conflict::appointmentId).containsExactly(first.id()));
        assertThat(schedule(setup, (ScheduleRepository s) -> s.move(second.id(), MONDAY_9.withHour(18), 30, null, SeriesScope.THIS))
                .refusedFor("outside_office_hours")).isTrue();
        assertThat(schedule(setup, (ScheduleRepository s) -> s.move(first.id(), MONDAY_9.plusMinutes(10), 30, null, SeriesScope.THIS)))
                .as("an appointment does not conflict with itself").isInstanceOf(ScheduleResult.Changed.class);
        assertThat(schedule(setup, (ScheduleRepository s) -> s.find(second.id())).orElseThrow().start()).isEqualTo(second.start());
    }

    @Test
    void followsTheFrontDeskStatusFlowAndRefusesOtherChanges() {
        Setup setup = newPractice();
        Appointment booked = bookOne(setup, setup.booking(MONDAY_9, 30));

        for (AppointmentStatus next : List.of(AppointmentStatus.ARRIVED, AppointmentStatus.IN_ROOM,
                AppointmentStatus.CHECKED_OUT)) {
            ScheduleResult changed = schedule(setup, (ScheduleRepository s) -> s.changeStatus(booked.id(), next));
            assertThat(((ScheduleResult.Changed) changed).appointment().status()).isEqualTo(next);
        }
        ScheduleResult back = schedule(setup, (ScheduleRepository s) -> s.changeStatus(booked.id(), AppointmentStatus.ARRIVED));
        assertThat(back.problems()).extracting(ScheduleProblem::code, ScheduleProblem::path)
                .containsExactly(tuple("not_allowed", "appointment.status"));
        assertThat(schedule(setup, (ScheduleRepository s) -> s.cancel(booked.id(), "Too late", SeriesScope.THIS))
                .refusedFor("not_allowed")).isTrue();
        assertThat(schedule(setup, (ScheduleRepository s) -> s.move(booked.id(), MONDAY_9.plusHours(2), 30, null, SeriesScope.THIS))
                .refusedFor("not_allowed")).isTrue();
        assertThat(schedule(setup, (ScheduleRepository s) -> s.find(booked.id())).orElseThrow().status())
                .isEqualTo(AppointmentStatus.CHECKED_OUT);

        Appointment missed = bookOne(setup, setup.booking(MONDAY_9.plusHours(3), 30));
        assertThat(schedule(setup, (ScheduleRepository s) -> s.changeStatus(missed.id(), AppointmentStatus.NO_SHOW)))
                .isInstanceOf(ScheduleResult.Changed.class);
        assertThat(bookOne(setup, setup.booking(MONDAY_9.plusHours(3), 30)).start())
                .as("a no-show frees the slot").isEqualTo(MONDAY_9.plusHours(3));
    }

    @Test
    void aSeriesWithOneConflictingOccurrenceStoresNothing() {
        Setup setup = newPractice();
        Appointment inTheWay = bookOne(setup, setup.booking(MONDAY_9.plusWeeks(4).plusMinutes(15), 30));

        ScheduleResult refused = schedule(setup, (ScheduleRepository s) -> s.book(setup.booking(MONDAY_9, 30)
                .repeating("FREQ=WEEKLY;COUNT=6")));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("slot_taken");
            assertThat(p.conflicts()).extracting(ScheduleProblem.Conflict::appointmentId)
                    .containsExactly(inTheWay.id());
        });
        assertThat(week(setup)).containsExactly(inTheWay);
    }

    @Test
    void aChangeToAnAppointmentSomeoneElseChangedIsRefusedAsStale() {
        Setup setup = newPractice();
        Appointment booked = bookOne(setup, setup.booking(MONDAY_9, 30));
        EntityManager slow = factory.createEntityManager();
        try {
            slow.getTransaction().begin();
            ScheduleRepository slowDesk = CoreRepositories.schedule(slow, setup.practice(), ZONE, JUNE_1);
            assertThat(slowDesk.find(booked.id())).isPresent();

            schedule(setup, (ScheduleRepository s) -> s.changeStatus(booked.id(), AppointmentStatus.ARRIVED));

            assertThat(slowDesk.changeStatus(booked.id(), AppointmentStatus.NO_SHOW).problems())
                    .extracting(ScheduleProblem::code).containsExactly("stale");
        } finally {
            if (slow.getTransaction().isActive()) {
                slow.getTransaction().rollback();
            }
            slow.close();
        }
        assertThat(schedule(setup, (ScheduleRepository s) -> s.find(booked.id())).orElseThrow().status())
                .isEqualTo(AppointmentStatus.ARRIVED);
    }

    @Test
    void aChangeToAVersionNoLongerStoredIsRefusedAsStaleBeforeWriting() {
        Setup setup = newPractice();
        Appointment seen = bookOne(setup, setup.booking(MONDAY_9, 30));
        Appointment arrived = ((ScheduleResult.Changed) schedule(setup, (ScheduleRepository s) -> s.changeStatus(
                seen.id(), seen.version(), AppointmentStatus.ARRIVED))).appointment();
        assertThat(arrived.version()).isGreaterThan(seen.version());

        assertThat(schedule(setup, (ScheduleRepository s) -> s.move(seen.id(), seen.version(),
                MONDAY_9.plusHours(1), 30, null, SeriesScope.THIS)).refusedFor("stale")).isTrue();
        assertThat(schedule(setup, (ScheduleRepository s) -> s.cancel(seen.id(), seen.version(), "Ill",
                SeriesScope.THIS)).refusedFor("stale")).isTrue();
        assertThat(schedule(setup, (ScheduleRepository s) -> s.changeStatus(seen.id(), seen.version(),
                AppointmentStatus.IN_ROOM)).refusedFor("stale")).isTrue();
        assertThat(schedule(setup, (ScheduleRepository s) -> s.find(seen.id()))).contains(arrived);
        assertThat(schedule(setup, (ScheduleRepository s) -> s.changeStatus(seen.id(), arrived.version(),
                AppointmentStatus.IN_ROOM))).isInstanceOf(ScheduleResult.Changed.class);
    }

    @Test
    void eightDesksBookingTheSameProviderSlotAtOnceLetExactlyOneWin() throws Exception {
        Setup setup = newPractice();

        List<ScheduleResult> outcomes = race(setup.practice(), 8, desk -> setup.booking(MONDAY_9.plusMinutes(desk % 2 * 15), 30));

        assertThat(outcomes).filteredOn(r -> r instanceof ScheduleResult.Booked).hasSize(1);
        assertThat(outcomes).filteredOn(r -> r.refusedFor("slot_taken")).hasSize(7);
        assertThat(week(setup)).hasSize(1);
    }

    @Test
    void eightDesksBookingTheSameRoomForTwoProvidersLetExactlyOneWin() throws Exception {
        Setup setup = newPractice();

        List<ScheduleResult> outcomes = race(setup.practice(), 8, desk -> Booking.of(setup.patient(),
                desk % 2 == 0 ? setup.stone() : setup.rivera(), setup.main(), "NEW", MONDAY_9, 30)
                .withResource(setup.room()));

        assertThat(outcomes).filteredOn(r -> r instanceof ScheduleResult.Booked).hasSize(1);
        assertThat(outcomes).filteredOn(r -> r.refusedFor("slot_taken")).hasSize(7);
        assertThat(schedule(setup, (ScheduleRepository s) -> s.between(null, setup.room(), MONDAY_9,
                MONDAY_9.plusHours(1)))).hasSize(1);
    }

    /**
     * Books into {@code practice} from {@code desks} threads at the same moment, each in its own entity manager and transaction
     * (committed when booked, rolled back when refused); fails when any desk gets an exception.
     */
    private List<ScheduleResult> race(PracticeId practice, int desks,
                                      java.util.function.IntFunction<Booking> bookingOfDesk)
            throws Exception {
        CountDownLatch ready = new CountDownLatch(desks);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(desks);
        List<Future<ScheduleResult>> results = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<ScheduleResult> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < desks; i++) {
                Booking booking = bookingOfDesk.apply(i);
                results.add(pool.submit(() -> {
                    EntityManager em = factory.createEntityManager();
                    try {
                        em.getTransaction().begin();
                        ScheduleRepository desk = CoreRepositories.schedule(em, practice, ZONE, JUNE_1);
                        ready.countDown();
                        go.await();
                        ScheduleResult result = desk.book(booking);
                        if (result instanceof ScheduleResult.Booked) {
                            em.getTransaction().commit();
                        } else {
                            em.getTransaction().rollback();
                        }
                        return result;
                    } catch (RuntimeException | Error e) {
                        failures.add(e);
                        throw e;
                    } finally {
                        if (em.getTransaction().isActive()) {
                            em.getTransaction().rollback();
                        }
                        em.close();
                    }
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<ScheduleResult> f : results) {
                try {
                    outcomes.add(f.get(120, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    // recorded in failures
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failures).as("no desk gets an exception").isEmpty();
        assertThat(outcomes).hasSize(desks);
        return outcomes;
    }
}
