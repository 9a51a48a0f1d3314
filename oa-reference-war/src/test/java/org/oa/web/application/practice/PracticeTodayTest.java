package org.oa.web.application.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.core.patient.PatientPage;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientSearch;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.practice.PracticeId;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEntry;
import org.oa.security.audit.AuditQuery;
import org.oa.web.application.PracticeRecordDatabase;
import org.oa.web.application.demo.DemoData;

/** The staff dashboards' day: office hours in time order, and patients found within the practice and audited. */
class PracticeTodayTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private static final String LISTED = "record in a list viewed via Practice Mate patient finder";

    private PracticeRecordDatabase db;
    private PracticeToday today;
    private PracticeId practice;
    private PracticeId other;

    @BeforeEach
    void demoPracticeAndAnother() {
        db = new PracticeRecordDatabase("practice-today");
        practice = PracticeId.random();
        other = PracticeId.random();
        db.run(() -> {
            CorePersistence.practices(db.entityManager).add(DemoData.practice(practice));
            CorePersistence.practices(db.entityManager).add(DemoData.practice(other));
        });
        today = new PracticeToday();
        today.repositories = db.repositories;
        today.audit = db.audit;
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void listsEachProvidersHoursOfTheDayEarliestFirstWithTheLocationsName() {
        List<PracticeToday.InOffice> monday = db.inTransaction(() -> today.inOffice(practice, MONDAY));

        assertThat(monday).extracting(PracticeToday.InOffice::provider, PracticeToday.InOffice::from,
                PracticeToday.InOffice::to, PracticeToday.InOffice::location).containsExactly(
                tuple("Avery Stone", LocalTime.of(8, 0), LocalTime.of(12, 0), "Sunrise Main Street Clinic"),
                tuple("Blake Rivera", LocalTime.of(9, 0), LocalTime.of(12, 30), "Sunrise Main Street Clinic"),
                tuple("Avery Stone", LocalTime.of(13, 0), LocalTime.of(17, 0), "Sunrise Main Street Clinic"));
        assertThat(db.inTransaction(() -> today.inOffice(practice, MONDAY.plusDays(6)))).as("Sunday").isEmpty();
    }

    @Test
    void findsOnlyThePracticesPatientsAndAuditsEachOneShownButNotACount() {
        PatientRecord robin = db.registered(practice, "R-1", "Robin", "Sample", LocalDate.of(1986, 3, 4));
        PatientRecord lee = db.registered(practice, "R-2", "Lee", "Sample", LocalDate.of(1990, 7, 1));
        db.registered(practice, "R-3", "Kim", "Other", LocalDate.of(1975, 1, 2));
        PatientRecord elsewhere = db.registered(other, "R-1", "Robin", "Sample", LocalDate.of(1986, 3, 4));
        AccountId clerk = AccountId.random();
        PatientSearch samples = PatientSearch.everyone().withName("sample");

        assertThat(db.inTransaction(() -> today.countPatients(practice, samples))).isEqualTo(2);
        assertThat(db.security.audit().search(new AuditQuery(null, null, AuditAction.PATIENT_DATA_VIEWED, null,
                null, 10))).as("a count shows nobody").isEmpty();

        PatientPage page = db.inTransaction(() -> today.findPatients(practice, samples, clerk.toString(),
                Portal.PRACTICE_MATE, "Practice Mate patient finder"));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.patients()).extracting(PatientRecord::id).containsExactly(lee.id(), robin.id());
        List<AuditEntry> listed = db.security.audit().search(new AuditQuery(clerk, null,
                AuditAction.PATIENT_DATA_VIEWED, null, null, 10));
        assertThat(listed).extracting(AuditEntry::patient, AuditEntry::practice, AuditEntry::detail)
                .containsExactlyInAnyOrder(
                        tuple(lee.id().toString(), practice.value(), LISTED),
                        tuple(robin.id().toString(), practice.value(), LISTED));
        assertThat(db.security.audit().search(new AuditQuery(null, elsewhere.id().toString(), null, null, null, 10)))
                .as("the other practice's patient was never read").isEmpty();
    }

}
