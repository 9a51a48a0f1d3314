package org.oa.web.application.clearinghouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.core.claim.StoredClaim;
import org.oa.core.patient.PatientRecord;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.practice.PracticeId;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEntry;
import org.oa.security.audit.AuditQuery;
import org.oa.web.application.PracticeRecordDatabase;
import org.oa.web.application.demo.DemoData;
import org.oa.web.infrastructure.payer.SyntheticClaims;

/**
 * A claim typed in Online Claim Entry is linked to the practice's patient record like an 837's claims: when member
 * ID, birth date and last name match exactly one patient; otherwise it is stored unlinked. Real Derby.
 */
class ClaimWorkEntryTest {

    private static final PracticeId PRACTICE = SyntheticClaims.PRACTICE;
    /** The birth date of every synthetic claim's patient. */
    private static final LocalDate BORN = LocalDate.of(1980, 3, 14);

    private PracticeRecordDatabase db;
    private ClaimWork work;

    @BeforeEach
    void practice() {
        db = new PracticeRecordDatabase("claim-entry");
        db.run(() -> CorePersistence.practices(db.entityManager).add(DemoData.practice(PRACTICE)));
        work = new ClaimWork();
        work.repositories = db.repositories;
        work.payerCatalog = db.payerCatalog;
        work.patientDataAudit = db.audit;
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anEnteredClaimCarriesThePatientIdOfTheOnePatientItMatches() {
        PatientRecord alex = db.registered(PRACTICE, "E-1", "Alex", "Sampleb", BORN, "XQZ100000001");

        ClaimWork.Submitted entered = db.inTransaction(() -> work.enter(
                SyntheticClaims.officeVisit(1, "ENTRY-1", "XQZ100000001"), "demo.biller"));

        assertThat(entered.failures()).as("passes the edits").noneMatch(f -> f.severity().name().equals("ERROR"));
        assertThat(entered.claim().patientRecordId()).isEqualTo(alex.id());
        StoredClaim stored = db.inTransaction(() -> db.repositories.claims(PRACTICE)
                .find(entered.claim().claim().id())).orElseThrow();
        assertThat(stored.patientRecordId()).isEqualTo(alex.id());
        assertThat(db.security.audit().search(new AuditQuery(null, alex.id().toString(),
                AuditAction.PATIENT_DATA_VIEWED, null, null, 10))).extracting(AuditEntry::detail, AuditEntry::practice)
                .containsExactly(tuple("record matched with claim " + stored.claim().id() + " entered by demo.biller",
                        PRACTICE.value()));
    }

    @Test
    void anEnteredClaimThatMatchesTwoPatientsOrNoneIsStoredUnlinked() {
        db.registered(PRACTICE, "E-2", "Kit", "Samplec", BORN, "XQZ100000002");
        db.registered(PRACTICE, "E-3", "Kat", "Samplec", BORN, "XQZ100000002");

        ClaimWork.Submitted twins = db.inTransaction(() -> work.enter(
                SyntheticClaims.officeVisit(2, "ENTRY-2", "XQZ100000002"), "demo.biller"));
        ClaimWork.Submitted nobody = db.inTransaction(() -> work.enter(
                SyntheticClaims.officeVisit(3, "ENTRY-3", "XQZ100000003"), "demo.biller"));

        assertThat(twins.accepted()).isTrue();
        assertThat(twins.claim().patientRecordId()).as("two patients match: a person decides").isNull();
        assertThat(nobody.accepted()).isTrue();
        assertThat(nobody.claim().patientRecordId()).isNull();
    }
}
