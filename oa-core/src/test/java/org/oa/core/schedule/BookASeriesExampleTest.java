package org.oa.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.oa.core.identifier.Npi;
import org.oa.core.identifier.TaxId;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.DuplicateCheck;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PersonName;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.persistence.CoreRepositories;
import org.oa.core.persistence.TestDatabases;
import org.oa.core.practice.Location;
import org.oa.core.practice.OfficeHours;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;

/**
 * Shows how a Java SE caller runs the front desk's schedule: one transaction per call (begin, call, commit when
 * booked or changed, roll back when refused), a weekly series, one occurrence cancelled, and the provider's
 * calendar feed.
 */
class BookASeriesExampleTest {

    @Test
    void booksSixWeeklyVisitsCancelsOneAndPublishesTheCalendar() {
        DataSource dataSource = TestDatabases.derby("schedule-example");
        CorePersistence.migrate(dataSource);
        EntityManagerFactory factory = CorePersistence.createEntityManagerFactory(dataSource);
        ZoneId zone = ZoneId.of("America/Chicago");
        PracticeId practice = PracticeId.random();
        UUID main = UUID.randomUUID();
        UUID drStone = UUID.randomUUID();
        PatientId patient = PatientId.random();

        EntityManager em = factory.createEntityManager();
        em.getTransaction().begin();
        CorePersistence.practices(em).add(new Practice(practice, "Sunrise Physical Therapy", new TaxId("123456789"),
                new Npi("1234567893"), List.of(new Location(main, "Main", "100 Main Street", "Springfield", "IL",
                "627011234", null)), List.of(new Provider(drStone, "Avery", "Stone", new Npi("1245319599"),
                "225100000X", true, List.of(OfficeHours.of(DayOfWeek.TUESDAY, "08:00", "16:00", main))))));
        CoreRepositories.patients(em, practice, event -> { }).create(PatientRecord.builder().id(patient)
                .practiceId(practice).accountNumber(AccountNumber.of("PT-1")).name(PersonName.of("Robin", "Sample"))
                .birthDate(LocalDate.of(1975, 4, 2)).build(), DuplicateCheck.CHECK);
        ScheduleRepository schedule = CoreRepositories.schedule(em, practice, zone);
        schedule.addType(new AppointmentType("PT", "Physical therapy", 45, "#2E8B57"));
        em.getTransaction().commit();
        em.close();

        // The desk books every Tuesday at 10:00 for six weeks.
        LocalDateTime firstVisit = LocalDateTime.of(2030, 3, 5, 10, 0);
        ScheduleResult result = inTransaction(factory, practice, zone, desk -> desk.book(
                Booking.of(patient, drStone, main, "PT", firstVisit, 45).repeating("FREQ=WEEKLY;COUNT=6")));
        assertThat(result).isInstanceOf(ScheduleResult.Booked.class);
        List<Appointment> visits = ((ScheduleResult.Booked) result).occurrences();
        assertThat(visits).hasSize(6);

        // The patient cannot come in week three: only that visit is cancelled.
        ScheduleResult cancelled = inTransaction(factory, practice, zone,
                desk -> desk.cancel(visits.get(2).id(), "Patient travelling", SeriesScope.THIS));
        assertThat(cancelled).isInstanceOf(ScheduleResult.Changed.class);

        // The provider's calendar app subscribes to a feed without patient data.
        List<Appointment> month = inTransaction(factory, practice, zone,
                desk -> desk.between(drStone, null, firstVisit.minusDays(1), firstVisit.plusWeeks(6)));
        String feed = CalendarFeed.of(month, zone, a -> new CalendarFeed.Labels("Physical therapy", "Main"));
        assertThat(feed).contains("DTSTART;TZID=America/Chicago:20300305T100000").contains("STATUS:CANCELLED")
                .doesNotContain(patient.toString()).doesNotContain("Robin");
        assertThat(month).filteredOn(Appointment::occupiesSlot).hasSize(5);
        factory.close();
    }

    /** One unit of work: commits what was booked or changed, rolls back a refusal (or an exception). */
    private static <T> T inTransaction(EntityManagerFactory factory, PracticeId practice, ZoneId zone,
                                       java.util.function.Function<ScheduleRepository, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(CoreRepositories.schedule(em, practice, zone));
            if (result instanceof ScheduleResult.Refused) {
                em.getTransaction().rollback();
            } else {
                em.getTransaction().commit();
            }
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
