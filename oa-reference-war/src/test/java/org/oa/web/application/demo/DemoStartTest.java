package org.oa.web.application.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.web.application.PracticeRecordDatabase;
import org.oa.web.application.Wiring;
import org.oa.web.application.practice.PracticeSchedule;
import org.oa.web.application.practice.PracticeToday;

/** What a demo deployment does at its starts, on real Derby: create once, complete the record once, never again. */
class DemoStartTest {

    private static final String PASSWORD = "Tq7#wildcat-Harbor92";
    private static final String TOKEN = "oa_unit-demo-practice-api-token-0123456789abcdef";
    private static final String SECOND_TOKEN = "oa_unit-second-practice-api-token-0123456789abcdef";

    private PracticeRecordDatabase db;
    private DemoStart start;
    private PracticeSchedule schedule;

    @BeforeEach
    void emptyDatabase() {
        db = new PracticeRecordDatabase("demo-start");
        DemoData demo = new DemoData() {
            @Override
            public void storePractice(Practice practice) {
                db.run(() -> super.storePractice(practice));
            }
        };
        demo.security = db.security;
        demo.repositories = db.repositories;
        demo.patientDataAudit = db.audit;
        DemoPracticeRecord record = new DemoPracticeRecord() {
            @Override
            public Optional<Stored> store(PracticeId practice) {
                return db.inTransaction(() -> super.store(practice));
            }
        };
        record.repositories = db.repositories;
        demo.practiceRecord = record;
        schedule = new PracticeSchedule();
        Wiring.inject(schedule, "repositories", db.repositories);
        Wiring.inject(schedule, "audit", db.audit);
        Wiring.inject(schedule, "zoneName", "America/Chicago");
        PracticeToday today = new PracticeToday();
        Wiring.inject(today, "repositories", db.repositories);
        Wiring.inject(today, "audit", db.audit);
        DemoSchedule demoSchedule = new DemoSchedule() {
            @Override
            public int fillToday(PracticeId practice) {
                return db.inTransaction(() -> super.fillToday(practice));
            }
        };
        demoSchedule.schedule = schedule;
        demoSchedule.today = today;
        demo.demoSchedule = demoSchedule;
        start = new DemoStart();
        start.demoData = demo;
        start.security = db.security;
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createsTheDemoPracticeWithTheOperatorsPasswordAndTokensOnceAndCompletesItsRecordOnce() {
        DemoStart.Outcome first = start.start(new DemoStart.Settings(Optional.of(PASSWORD), Optional.empty(),
                Optional.of(TOKEN), Optional.of(SECOND_TOKEN)));
        assertThat(first.created()).isTrue();
        assertThat(first.problems()).isEmpty();
        assertThat(first.generatedPassword()).isEmpty();
        assertThat(first.clinicianTotp()).hasValueSatisfying(uri -> assertThat(uri).startsWith("otpauth://"));
        assertThat(first.completed().patientsCreated()).isEqualTo(25);
        assertThat(first.completed().linked()).isTrue();
        assertThat(first.toString()).doesNotContain("otpauth");
        PracticeId demoPracticeId = new PracticeId(db.security.accounts().findByUsername("demo.admin").orElseThrow()
                .practiceId());
        int appointmentsToday = appointmentsToday(demoPracticeId);
        if (LocalDate.now(schedule.zone()).getDayOfWeek() != DayOfWeek.SUNDAY) {
            assertThat(appointmentsToday).as("demo appointments today").isPositive();
        }

        var demoPractice = db.security.apiTokens().authenticate(TOKEN).orElseThrow().practiceId();
        var secondPractice = db.security.apiTokens().authenticate(SECOND_TOKEN).orElseThrow().practiceId();
        assertThat(secondPractice).isNotEqualTo(demoPractice);
        assertThat(db.inTransaction(() -> db.repositories.practices().find(new PracticeId(secondPractice))))
                .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Lakeside Pediatrics"));
        assertThat(db.security.accounts().findByUsername("demo.admin").orElseThrow().practiceId())
                .isEqualTo(demoPractice);

        DemoStart.Outcome again = start.start(new DemoStart.Settings(Optional.of(PASSWORD), Optional.empty(),
                Optional.of(TOKEN), Optional.of(SECOND_TOKEN)));
        assertThat(again.created()).isFalse();
        assertThat(again.clinicianTotp()).isEmpty();
        assertThat(again.completed().changedAnything()).isFalse();
        assertThat(db.inTransaction(() -> db.repositories.practices().count())).isEqualTo(2);
        assertThat(appointmentsToday(demoPracticeId)).as("a second start books nothing").isEqualTo(appointmentsToday);
    }

    private int appointmentsToday(PracticeId practice) {
        LocalDate today = LocalDate.now(schedule.zone());
        return db.inTransaction(() -> db.repositories.providers(practice).findAll().stream()
                .mapToInt(p -> schedule.between(practice, p.id(), today.atStartOfDay(),
                        today.plusDays(1).atStartOfDay()).size()).sum());
    }

    @Test
    void generatesAPasswordThePolicyAcceptsWhenNoneIsConfigured() {
        DemoStart.Outcome outcome = start.start(new DemoStart.Settings(Optional.of(""), Optional.of(" "),
                Optional.empty(), Optional.empty()));
        assertThat(outcome.created()).isTrue();
        assertThat(outcome.generatedPassword()).hasValueSatisfying(p -> assertThat(p).hasSize(20));
        assertThat(db.inTransaction(() -> db.repositories.practices().count())).isEqualTo(1);
    }

    @Test
    void createsNothingWhenTheConfiguredPasswordBreaksThePolicy() {
        DemoStart.Outcome outcome = start.start(new DemoStart.Settings(Optional.of("short"), Optional.empty(),
                Optional.of(TOKEN), Optional.empty()));
        assertThat(outcome.created()).isFalse();
        assertThat(outcome.problems()).isNotEmpty();
        assertThat(outcome.generatedPassword()).isEmpty();
        assertThat(outcome.completed().changedAnything()).isFalse();
        assertThat(db.security.accounts().findByUsername("demo.admin")).isEmpty();
        assertThat(db.security.apiTokens().authenticate(TOKEN)).isEmpty();
        assertThat(db.inTransaction(() -> db.repositories.practices().count())).isZero();
    }
}
