package org.oa.web.application.demo;

import org.oa.web.application.PracticeRecordDatabase;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.core.contact.Phone;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientRelationship;
import org.oa.core.patient.PatientSearch;
import org.oa.core.persistence.CoreRepositories;
import org.oa.core.practice.OfficeHours;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.Provider;
import org.oa.security.account.PatientRecordLink;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEntry;
import org.oa.security.audit.AuditQuery;

/** The demo practice's patients, coverages, office hours and demo.patient's link, on real Derby. */
class DemoPracticeRecordTest {

    private static final char[] PASSWORD = "Tq7#wildcat-Harbor92".toCharArray();

    private PracticeRecordDatabase db;
    private DemoData demo;
    private PracticeId practice;

    @BeforeEach
    void demoAccountsAndPractice() {
        db = new PracticeRecordDatabase("demo-record");
        demo = new DemoData();
        demo.security = db.security;
        demo.repositories = db.repositories;
        demo.patientDataAudit = db.audit;
        demo.practiceRecord = practiceRecord(db);
        Practice sunrise = DemoData.practice(PracticeId.random());
        practice = sunrise.id();
        assertThat(demo.createAccounts(sunrise, PASSWORD.clone())).isEmpty();
        db.run(() -> demo.storePractice(sunrise));
    }

    /** The bean with the transaction the container's interceptor would begin and commit around {@code store}. */
    private static DemoPracticeRecord practiceRecord(PracticeRecordDatabase in) {
        DemoPracticeRecord record = new DemoPracticeRecord() {
            @Override
            public java.util.Optional<Stored> store(PracticeId practice) {
                return in.inTransaction(() -> super.store(practice));
            }
        };
        record.repositories = in.repositories;
        return record;
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<PatientRecord> patients() {
        return db.inTransaction(() -> CoreRepositories.patients(db.entityManager, practice, e -> { })
                .search(PatientSearch.everyone().page(0, PatientSearch.MAX_LIMIT)).patients());
    }

    @Test
    void givesThePracticeTwentyFiveSyntheticPatientsWithCoveragesOnce() {
        DemoData.Completed first = demo.completePracticeRecord();
        assertThat(first).isEqualTo(new DemoData.Completed(25, 31, 0, true));

        List<PatientRecord> patients = patients();
        assertThat(patients).hasSize(25);
        LocalDate today = LocalDate.now();
        assertThat(patients).extracting(p -> Period.between(p.birthDate(), today).getYears())
                .allSatisfy(age -> assertThat(age).isBetween(2, 90))
                .contains(2, 8, 90);
        assertThat(patients).flatExtracting(PatientRecord::phones).extracting(Phone::number)
                .allSatisfy(number -> assertThat(number).matches("21755501[0-9]{2}"));
        Map<String, PatientRecord> byAccount = patients.stream()
                .collect(Collectors.toMap(p -> p.accountNumber().value(), Function.identity()));
        PatientRecord casey = byAccount.get("SFM-0001");
        assertThat(casey.name().first() + " " + casey.name().last()).isEqualTo("Casey Patient");
        assertThat(casey.birthDate()).isEqualTo(LocalDate.of(1986, 3, 4));

        List<CoverageRecord> caseys = db.inTransaction(() -> CoreRepositories.coverages(db.entityManager, practice,
                e -> { }).findByPatient(casey.id()));
        assertThat(caseys).extracting(c -> c.payerId().value(), CoverageRecord::priority).containsExactly(
                org.assertj.core.api.Assertions.tuple("SIM01", CoveragePriority.PRIMARY),
                org.assertj.core.api.Assertions.tuple("GRN01", CoveragePriority.SECONDARY));
        PatientRecord sky = byAccount.get("SFM-0009");
        CoverageRecord skys = db.inTransaction(() -> CoreRepositories.coverages(db.entityManager, practice,
                e -> { }).findByPatient(sky.id())).get(0);
        assertThat(skys.relationship()).as("a child is on a parent's policy").isEqualTo(PatientRelationship.CHILD);
        assertThat(skys.memberId().value()).isEqualTo("SIM500000002");
        assertThat(sky.guarantor().relationship()).isEqualTo(PatientRelationship.CHILD);

        PatientRecordLink link = db.security.patientRecordLinks()
                .find(db.security.accounts().findByUsername("demo.patient").orElseThrow().id()).orElseThrow();
        assertThat(link.practiceId()).isEqualTo(practice.value());
        assertThat(link.patientId()).isEqualTo(casey.id().value());

        List<Provider> providers = db.inTransaction(() -> CoreRepositories.providers(db.entityManager, practice)
                .findAll());
        assertThat(providers).allSatisfy(p -> assertThat(p.officeHours()).isNotEmpty());
        assertThat(providers.get(0).officeHours()).extracting(OfficeHours::day).contains(DayOfWeek.MONDAY)
                .doesNotContain(DayOfWeek.SATURDAY);
        assertThat(providers.get(1).officeHours()).extracting(OfficeHours::day).contains(DayOfWeek.SATURDAY);

        // Starting again on the same data changes nothing.
        assertThat(demo.completePracticeRecord().changedAnything()).isFalse();
        assertThat(patients()).hasSize(25);

        // Every record created is in the practice's trail by its ID, as demo data, without names.
        List<AuditEntry> created = db.security.audit().search(new AuditQuery(null, null,
                AuditAction.PATIENT_DATA_CHANGED, null, null, 1000, practice.value()));
        assertThat(created).filteredOn(e -> e.detail().equals("record created by demo data")).hasSize(25);
        assertThat(created).extracting(AuditEntry::patient).contains(casey.id().toString());
        assertThat(created).extracting(AuditEntry::detail).noneMatch(d -> d.contains("Casey") || d.contains("SIM5"));
    }

    @Test
    void completesADemoDatabaseMadeBeforeThePracticeRecordWithOfficeHoursToo() {
        // A demo practice stored before providers had office hours.
        db.run(() -> {
            var providers = CoreRepositories.providers(db.entityManager, practice);
            for (Provider p : providers.findAll()) {
                providers.update(p.withOfficeHours(List.of()));
            }
        });
        DemoData.Completed completed = demo.completePracticeRecord();
        assertThat(completed.providersGivenHours()).isEqualTo(2);
        assertThat(completed.patientsCreated()).isEqualTo(25);
        assertThat(completed.linked()).isTrue();
    }

    @Test
    void aStartThatStoredThePatientsButDidNotLinkLinksNextTimeWithoutDuplicates() {
        assertThat(demo.practiceRecord.store(practice)).hasValueSatisfying(s -> assertThat(s.patientsCreated())
                .isEqualTo(25));
        DemoData.Completed next = demo.completePracticeRecord();
        assertThat(next.patientsCreated()).isZero();
        assertThat(next.linked()).isTrue();
        assertThat(patients()).hasSize(25);
    }

    @Test
    void doesNothingWithoutTheDemoAccounts() {
        PracticeRecordDatabase empty = new PracticeRecordDatabase("no-demo");
        try {
            DemoData none = new DemoData();
            none.security = empty.security;
            none.repositories = empty.repositories;
            none.patientDataAudit = empty.audit;
            none.practiceRecord = practiceRecord(empty);
            assertThat(none.completePracticeRecord().changedAnything()).isFalse();
        } finally {
            empty.close();
        }
    }
}
