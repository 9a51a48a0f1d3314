package org.oa.web.application.patientportal;

import org.oa.web.application.PracticeRecordDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.core.identifier.MemberId;
import org.oa.core.identifier.PayerId;
import org.oa.core.patient.CoveragePriority;
import org.oa.core.patient.CoverageRecord;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecord;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.persistence.CoreRepositories;
import org.oa.core.practice.PracticeId;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEntry;
import org.oa.security.audit.AuditQuery;
import org.oa.web.application.audit.PatientDataAudit;
import org.oa.web.application.demo.DemoData;

/** Patient Ally reads the signed-in patient's own record, and only that, and audits each read; real Derby. */
class PatientPortalRecordsTest {

    private static final String PAGE = "Patient Ally dashboard";

    private PracticeRecordDatabase db;
    private PatientPortalRecords records;
    private PracticeId practice;
    private PracticeId other;
    private PatientRecord robin;
    private PatientRecord lee;

    @BeforeEach
    void twoPatients() {
        db = new PracticeRecordDatabase("patient-portal");
        practice = PracticeId.random();
        other = PracticeId.random();
        db.run(() -> {
            CorePersistence.practices(db.entityManager).add(DemoData.practice(practice));
            CorePersistence.practices(db.entityManager).add(DemoData.practice(other));
        });
        robin = db.registered(practice, "R-1", "Robin", "Sample", LocalDate.of(1986, 3, 4));
        lee = db.registered(practice, "R-2", "Lee", "Sample", LocalDate.of(1990, 7, 1));
        LocalDate lastYear = LocalDate.now().minusYears(1);
        db.run(() -> {
            var coverages = CoreRepositories.coverages(db.entityManager, practice, e -> { });
            coverages.add(CoverageRecord.self(robin.id(), PayerId.of("GRN01"), new MemberId("GRN700000001"), "",
                    CoveragePriority.SECONDARY, lastYear));
            coverages.add(CoverageRecord.self(robin.id(), PayerId.of("SIM01"), new MemberId("SIM500000001"), "G1",
                    CoveragePriority.PRIMARY, lastYear));
            coverages.add(CoverageRecord.self(robin.id(), PayerId.of("BLU10"), new MemberId("BLU600000001"), "",
                    CoveragePriority.PRIMARY, lastYear.minusYears(2)).endingOn(lastYear.minusDays(1)));
            coverages.add(CoverageRecord.self(lee.id(), PayerId.of("BLU10"), new MemberId("BLU600000002"), "",
                    CoveragePriority.PRIMARY, lastYear));
        });
        records = new PatientPortalRecords();
        records.security = db.security;
        records.audit = db.audit;
        records.payerCatalog = db.payerCatalog;
        records.repositories = db.repositories;
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AccountId patientAccount(String username) {
        return db.security.accounts().create(new org.oa.security.account.NewAccount(username, "Test " + username,
                username + "@example.test", null, java.util.Set.of(org.oa.security.account.Role.PATIENT),
                "Plum-Orbit-Kettle-42".toCharArray()));
    }

    @Test
    void showsTheLinkedPatientTheirOwnRecordAndTodaysCoveragesPrimaryFirst() {
        AccountId account = patientAccount("robin.portal");
        db.security.patientRecordLinks().link(account, practice.value(), robin.id().value());

        PatientPortalRecords.OwnRecord own = db.inTransaction(() -> records.ownRecord(account.toString(), PAGE))
                .orElseThrow();

        assertThat(own.patient()).isEqualTo(robin);
        assertThat(own.coverages()).extracting(PatientPortalRecords.OwnCoverage::payerName,
                c -> c.memberId().value(), PatientPortalRecords.OwnCoverage::priority).containsExactly(
                tuple("OA Simulated Health Plan", "SIM500000001", CoveragePriority.PRIMARY),
                tuple("Greenleaf Mutual Insurance", "GRN700000001", CoveragePriority.SECONDARY));
    }

    @Test
    void everyReadIsAuditedWithThePatientsIdInThePractice() {
        AccountId account = patientAccount("robin.audit");
        db.security.patientRecordLinks().link(account, practice.value(), robin.id().value());
        db.inTransaction(() -> records.ownRecord(account.toString(), PAGE));

        List<AuditEntry> viewed = db.security.audit().search(new AuditQuery(account, null,
                AuditAction.PATIENT_DATA_VIEWED, null, null, 10));
        assertThat(viewed).extracting(AuditEntry::patient, AuditEntry::portal, AuditEntry::practice, AuditEntry::detail)
                .containsExactly(
                        tuple(robin.id().toString(), Portal.PATIENT, practice.value(), "record viewed via " + PAGE),
                        tuple(robin.id().toString(), Portal.PATIENT, practice.value(),
                                "coverages viewed via " + PAGE));
        assertThat(db.security.audit().search(new AuditQuery(null, lee.id().toString(), null, null, null, 10)))
                .as("nothing of another patient's was read").isEmpty();
    }

    @Test
    void anAccountWithoutALinkOrWithALinkOutsideItsPracticeSeesNoRecord() {
        AccountId unlinked = patientAccount("nobody.linked");
        assertThat(db.inTransaction(() -> records.ownRecord(unlinked.toString(), PAGE))).isEmpty();

        // A link naming a patient ID with the wrong practice finds nothing: repositories are scoped to the practice.
        AccountId misfiled = patientAccount("misfiled.link");
        db.security.patientRecordLinks().link(misfiled, other.value(), robin.id().value());
        assertThat(db.inTransaction(() -> records.ownRecord(misfiled.toString(), PAGE))).isEmpty();
        assertThat(db.security.audit().search(new AuditQuery(null, robin.id().toString(),
                AuditAction.PATIENT_DATA_VIEWED, null, null, 10))).isEmpty();
    }

    @Test
    void aReadThatCannotBeAuditedShowsNothing() {
        AccountId account = patientAccount("robin.unaudited");
        db.security.patientRecordLinks().link(account, practice.value(), robin.id().value());
        PatientDataAudit failing = new PatientDataAudit() {
            @Override
            public void patientViewed(String accountId, Portal portal, PracticeId in, PatientId patient, String what,
                                      String page) {
                throw new IllegalStateException("audit store unavailable");
            }
        };
        org.oa.web.application.Wiring.inject(failing, "security", db.security);
        records.audit = failing;
        assertThatThrownBy(() -> db.inTransaction(() -> records.ownRecord(account.toString(), PAGE)))
                .isInstanceOf(IllegalStateException.class);
    }
}
