package org.oa.web.application.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.AccountNumber;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.DuplicateCheck;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientStatus;
import org.oa.core.patient.PersonName;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.practice.PracticeId;
import org.oa.core.practice.RecordProblem;
import org.oa.core.practice.SaveResult;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEntry;
import org.oa.security.audit.AuditQuery;
import org.oa.web.application.PracticeRecordDatabase;
import org.oa.web.application.demo.DemoData;

/** The front desk registers, changes and insures patients; duplicates are asked about, every change audited. */
class PracticePatientsTest {

    private PracticeRecordDatabase db;
    private PracticePatients patients;
    private PracticeId practice;
    private PracticeId other;
    private AccountId clerk;
    private PracticePatients.Actor actor;

    @BeforeEach
    void practices() {
        db = new PracticeRecordDatabase("practice-patients");
        practice = PracticeId.random();
        other = PracticeId.random();
        db.run(() -> {
            CorePersistence.practices(db.entityManager).add(DemoData.practice(practice));
            CorePersistence.practices(db.entityManager).add(DemoData.practice(other));
        });
        patients = new PracticePatients();
        patients.repositories = db.repositories;
        patients.audit = db.audit;
        patients.payerCatalog = db.payerCatalog;
        clerk = AccountId.random();
        actor = new PracticePatients.Actor(clerk.toString(), Portal.PRACTICE_MATE, "patient page");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private PatientRecord draft(String account, String first, String last, LocalDate born) {
        return PatientRecord.builder().id(PatientId.random()).practiceId(practice)
                .accountNumber(AccountNumber.of(account)).name(PersonName.of(first, last)).birthDate(born).build();
    }

    @Test
    void aPatientWithTheSameNameAndBirthDateIsRegisteredOnlyOnceConfirmed() {
        LocalDate born = LocalDate.of(1970, 5, 6);
        PatientRecord first = db.inTransaction(() -> patients.register(practice, draft("P-1", "Robin", "Sample", born),
                DuplicateCheck.CHECK, actor)).saved().orElseThrow();

        PatientRecord again = draft("P-2", "ROBIN", "sample", born);
        SaveResult<PatientRecord> asked = db.inTransaction(() -> patients.register(practice, again,
                DuplicateCheck.CHECK, actor));
        assertThat(asked.refusedFor(RecordProblem.Code.POSSIBLE_DUPLICATE)).isTrue();
        assertThat(db.inTransaction(() -> patients.possibleDuplicates(practice, again, actor)))
                .extracting(PatientRecord::id).containsExactly(first.id());

        SaveResult<PatientRecord> confirmed = db.inTransaction(() -> patients.register(practice, again,
                DuplicateCheck.CONFIRMED, actor));
        assertThat(confirmed.isSaved()).isTrue();
        assertThat(db.security.audit().search(new AuditQuery(clerk, null, AuditAction.PATIENT_DATA_CHANGED, null,
                null, 10))).extracting(AuditEntry::patient)
                .containsExactlyInAnyOrder(first.id().toString(), again.id().toString());
    }

    @Test
    void inactivatingAPatientIsStoredAuditedAndRefusedWhenSomeoneChangedItMeanwhile() {
        PatientRecord robin = db.inTransaction(() -> patients.register(practice,
                draft("P-1", "Robin", "Sample", LocalDate.of(1970, 5, 6)), DuplicateCheck.CHECK, actor))
                .saved().orElseThrow();

        SaveResult<PatientRecord> inactive = db.inTransaction(() -> patients.update(practice,
                robin.toBuilder().status(PatientStatus.INACTIVE).build(), actor));
        assertThat(inactive.saved().orElseThrow().status()).isEqualTo(PatientStatus.INACTIVE);

        // The page still holds the version it read before the change: storing it again is refused.
        SaveResult<PatientRecord> stale = db.inTransaction(() -> patients.update(practice,
                robin.toBuilder().email("robin@example.org").build(), actor));
        assertThat(stale.refusedFor(RecordProblem.Code.CHANGED_SINCE_READ)).isTrue();
        assertThat(db.inTransaction(() -> patients.open(practice, robin.id(), actor)).orElseThrow().patient()
                .status()).isEqualTo(PatientStatus.INACTIVE);
    }

    @Test
    void aSecondPrimaryCoverageAtTheSameTimeIsRefusedAndAnotherPracticeCannotOpenThePatient() {
        PatientRecord robin = db.inTransaction(() -> patients.register(practice,
                draft("P-1", "Robin", "Sample", LocalDate.of(1970, 5, 6)), DuplicateCheck.CHECK, actor))
                .saved().orElseThrow();
        LocalDate lastYear = LocalDate.now().minusYears(1);
        assertThat(db.inTransaction(() -> patients.addCoverage(practice, CoverageRecord.self(robin.id(),
                PayerId.of("SIM01"), new MemberId("SIM100000001"), "", CoveragePriority.PRIMARY, lastYear), actor))
                .isSaved()).isTrue();

        SaveResult<CoverageRecord> second = db.inTransaction(() -> patients.addCoverage(practice,
                CoverageRecord.self(robin.id(), PayerId.of("BLU10"), new MemberId("BLU100000001"), "",
                        CoveragePriority.PRIMARY, LocalDate.now()), actor));
        assertThat(second.refusedFor(RecordProblem.Code.COVERAGE_ORDER_OVERLAP)).isTrue();

        List<PracticePatients.ShownCoverage> shown = db.inTransaction(() -> patients.open(practice, robin.id(),
                actor)).orElseThrow().coverages();
        assertThat(shown).extracting(PracticePatients.ShownCoverage::payerName)
                .containsExactly("OA Simulated Health Plan");
        assertThat(db.inTransaction(() -> patients.open(other, robin.id(), actor))).isEmpty();
    }

    @Test
    void theNextAccountNumberSkipsTakenOnes() {
        db.inTransaction(() -> patients.register(practice, draft("P-0002", "Robin", "Sample",
                LocalDate.of(1970, 5, 6)), DuplicateCheck.CHECK, actor));
        // One patient: the next would be P-0002, which is taken.
        assertThat(db.inTransaction(() -> patients.nextAccountNumber(practice, "P-")).value()).isEqualTo("P-0003");
    }
}
