package org.oa.web.application.clearinghouse;

import org.oa.web.application.PracticeRecordDatabase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oa.core.claim.StoredClaim;
import org.oa.core.patient.PatientRecord;
import org.oa.core.patient.PatientSearch;
import org.oa.core.persistence.CorePersistence;
import org.oa.core.persistence.CoreRepositories;
import org.oa.core.practice.PracticeId;
import org.oa.core.submission.SubmissionChannel;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEntry;
import org.oa.security.audit.AuditQuery;
import org.oa.web.infrastructure.payer.SyntheticClaims;
import org.oa.web.application.demo.DemoData;
import org.oa.web.application.folders.SubmissionFolders;

/**
 * Claims arriving in an 837 are linked to the practice's patient record when member ID, birth date and last name
 * match exactly one of its patients, through the same pipeline as an upload, on real Derby.
 */
class ClaimSubmissionsPatientLinkTest {

    private static final PracticeId PRACTICE = SyntheticClaims.PRACTICE;
    private static final PracticeId OTHER = PracticeId.random();
    /** The birth date of every {@link SyntheticClaims#patient(int)}. */
    private static final LocalDate BORN = LocalDate.of(1980, 3, 14);

    @TempDir
    Path dataDir;

    private PracticeRecordDatabase db;
    private ClaimSubmissions submissions;

    @BeforeEach
    void twoPractices() {
        db = new PracticeRecordDatabase("claim-link");
        db.run(() -> {
            CorePersistence.practices(db.entityManager).add(DemoData.practice(PRACTICE));
            CorePersistence.practices(db.entityManager).add(DemoData.practice(OTHER));
        });
        SubmissionStore store = new SubmissionStore();
        store.repositories = db.repositories;
        store.payerCatalog = db.payerCatalog;
        SubmissionFolders folders = new SubmissionFolders(() -> dataDir);
        store.folders = folders;
        submissions = new ClaimSubmissions();
        submissions.folders = folders;
        submissions.store = store;
        submissions.patientDataAudit = db.audit;
    }

    @AfterEach
    void close() {
        db.close();
    }

    private StoredClaim stored(String patientControlNumber) {
        List<StoredClaim> found = db.inTransaction(() -> CoreRepositories.claims(db.entityManager, PRACTICE)
                .findByPatientControlNumber(patientControlNumber));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private long patients(PracticeId practice) {
        return db.inTransaction(() -> CoreRepositories.patients(db.entityManager, practice, e -> { })
                .search(PatientSearch.everyone()).total());
    }

    @Test
    void linksEachClaimToTheOnePatientWithItsMemberIdBirthDateAndLastNameAndNeverCreatesOne() {
        PatientRecord alex = db.registered(PRACTICE, "M-1", "Alex", "Sampleb", BORN, "XQZ100000001");
        // Twins on one policy: same member ID, birth date and last name. A person must decide.
        PatientRecord kit = db.registered(PRACTICE, "M-2", "Kit", "SAMPLEC", BORN, "XQZ100000002");
        PatientRecord kat = db.registered(PRACTICE, "M-3", "Kat", "SAMPLEC", BORN, "XQZ100000002");
        PatientRecord theirs = db.registered(OTHER, "M-4", "Alex", "Sampled", BORN, "XQZ100000004");
        PatientRecord bornLater = db.registered(PRACTICE, "M-5", "Alex", "Samplef", BORN.plusDays(1), "XQZ100000005");
        long before = patients(PRACTICE);
        byte[] file = SyntheticClaims.claimFile(4711,
                SyntheticClaims.officeVisit(1, "LINK-1", "XQZ100000001"),
                SyntheticClaims.officeVisit(2, "LINK-2", "XQZ100000002"),
                SyntheticClaims.officeVisit(3, "LINK-3", "XQZ100000003"),
                SyntheticClaims.officeVisit(4, "LINK-4", "XQZ100000004"),
                SyntheticClaims.officeVisit(5, "LINK-5", "XQZ100000005"));

        ClaimSubmissions.Outcome outcome = db.inTransaction(() -> submissions.receive(PRACTICE, "claims.837",
                SubmissionChannel.UPLOAD, new ByteArrayInputStream(file)));

        assertThat(outcome.report().acceptedCount() + outcome.report().rejectedCount()).isEqualTo(5);
        assertThat(stored("LINK-1").patientRecordId()).isEqualTo(alex.id());
        assertThat(stored("LINK-2").patientRecordId()).as("two patients match").isNull();
        assertThat(stored("LINK-3").patientRecordId()).as("no patient has the member ID").isNull();
        assertThat(stored("LINK-4").patientRecordId()).as("only another practice's patient matches").isNull();
        assertThat(stored("LINK-5").patientRecordId()).as("the birth date differs").isNull();
        assertThat(db.inTransaction(() -> CoreRepositories.claims(db.entityManager, PRACTICE)
                .findByPatientRecord(alex.id(), 10))).extracting(c -> c.claim().patientControlNumber())
                .containsExactly("LINK-1");
        assertThat(patients(PRACTICE)).as("a claim never creates a patient").isEqualTo(before);
        assertThat(patients(OTHER)).isEqualTo(1);

        // Every record the claims were compared with is in the trail once, with its ID, in the practice.
        String detail = "record matched with the claims of file " + outcome.file().id();
        for (PatientRecord compared : List.of(alex, kit, kat)) {
            assertThat(db.security.audit().search(new AuditQuery(null, compared.id().toString(),
                    AuditAction.PATIENT_DATA_VIEWED, null, null, 10))).extracting(AuditEntry::detail,
                    AuditEntry::practice).containsExactly(tuple(detail, PRACTICE.value()));
        }
        for (PatientRecord untouched : List.of(theirs, bornLater)) {
            assertThat(db.security.audit().search(new AuditQuery(null, untouched.id().toString(), null, null, null,
                    10))).isEmpty();
        }
    }

    @Test
    void aFileReceivedAgainLinksNothingTwice() {
        PatientRecord alex = db.registered(PRACTICE, "M-1", "Alex", "Sampleb", BORN, "XQZ100000001");
        byte[] file = SyntheticClaims.claimFile(4712, SyntheticClaims.officeVisit(1, "AGAIN-1", "XQZ100000001"));
        db.inTransaction(() -> submissions.receive(PRACTICE, "a.837", SubmissionChannel.UPLOAD,
                new ByteArrayInputStream(file)));
        ClaimSubmissions.Outcome duplicate = db.inTransaction(() -> submissions.receive(PRACTICE, "b.837",
                SubmissionChannel.SFTP, new ByteArrayInputStream(file)));

        assertThat(duplicate.file().status()).isEqualTo(org.oa.core.submission.SubmissionFileStatus.DUPLICATE);
        assertThat(stored("AGAIN-1").patientRecordId()).isEqualTo(alex.id());
        assertThat(db.security.audit().search(new AuditQuery(null, alex.id().toString(),
                AuditAction.PATIENT_DATA_VIEWED, null, null, 10))).hasSize(1);
    }
}
