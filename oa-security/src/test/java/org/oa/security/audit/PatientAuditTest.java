package org.oa.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;
import org.oa.security.TestDatabases.MutableClock;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.account.Role;

class PatientAuditTest {

    private static final UUID PATIENT = UUID.fromString("6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");
    private static final UUID OTHER_PATIENT = UUID.fromString("0a0b0c0d-1111-4222-8333-444455556666");

    private final MutableClock clock = new MutableClock();
    private DataSource dataSource;
    private OaSecurity security;
    private AccountId id;

    @BeforeEach
    void setUp() {
        dataSource = TestDatabases.derby();
        security = OaSecurity.builder().dataSource(dataSource).hashParameters(TestDatabases.FAST).clock(clock).build();
    }

    private void migrated() {
        security.migrate();
        id = security.accounts().create(Fixtures.staff("audit.patients", Role.BILLER));
    }

    @Test
    void recordsAndFindsViewsAndChangesOfOnePatientsData() {
        migrated();
        security.audit().record(AuditEvent.aboutPatient(AuditAction.PATIENT_DATA_VIEWED, id, Portal.SERVICE_CENTER,
                PATIENT, "claim 1 via Claim page"));
        security.audit().record(AuditEvent.aboutPatient(AuditAction.PATIENT_DATA_VIEWED, id, Portal.SERVICE_CENTER,
                OTHER_PATIENT, "claim 2 via Claim page"));
        AuditEntry changed = security.audit().record(AuditEvent.aboutPatient(AuditAction.PATIENT_DATA_CHANGED, null,
                null, PATIENT, "claim 1 via API token t1"));
        security.audit().record(new AuditEvent(AuditAction.PATIENT_DATA_VIEWED, id, Portal.SERVICE_CENTER,
                "Manage Claims search, 2 claims"));

        assertThat(changed.patient()).isEqualTo(PATIENT.toString());
        assertThat(security.audit().search(new AuditQuery(null, PATIENT.toString(), null, null, null, 10)))
                .extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.PATIENT_DATA_VIEWED,
                        "claim 1 via Claim page"), org.assertj.core.groups.Tuple.tuple(
                        AuditAction.PATIENT_DATA_CHANGED, "claim 1 via API token t1"));
        assertThat(security.audit().search(new AuditQuery(id, PATIENT.toString().toUpperCase(),
                AuditAction.PATIENT_DATA_VIEWED, null, null, 10))).hasSize(1);
        assertThat(security.audit().search(new AuditQuery(id, null, AuditAction.PATIENT_DATA_VIEWED, null, null, 10)))
                .extracting(AuditEntry::patient).containsExactly(PATIENT.toString(), OTHER_PATIENT.toString(), null);
        assertThat(security.audit().verify().intact()).isTrue();
    }

    @Test
    void entriesWrittenBeforeThePatientColumnExistedStillVerifyBesideNewOnes() throws Exception {
        // Version 4 of the schema, and entries hashed exactly as the trail did before it knew about patients.
        Flyway.configure(getClass().getClassLoader()).dataSource(dataSource).schemas("OA_SECURITY")
                .defaultSchema("OA_SECURITY").locations("classpath:db/migration/security").target("4").load()
                .migrate();
        String previous = "0".repeat(64);
        for (int seq = 1; seq <= 3; seq++) {
            previous = LegacyAuditEntries.insert(dataSource, seq, 1_700_000_000_000L + seq, "SIGNED_OUT", null,
                    Portal.EHR.name(), "old|entry\\" + seq, previous);
        }
        migrated();
        security.audit().record(AuditEvent.aboutPatient(AuditAction.PATIENT_DATA_VIEWED, id, Portal.SERVICE_CENTER,
                PATIENT, "claim 9 via Claim page"));
        security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, id, Portal.SERVICE_CENTER, "user"));

        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(true, 6, 0,
                AuditVerification.Problem.NONE));
        assertThat(security.audit().search(AuditQuery.all()).get(0).patient()).isNull();
    }

    @Test
    void verifyFindsAnEditedRemovedOrAddedPatientReference() throws SQLException {
        migrated();
        for (int i = 0; i < 3; i++) {
            security.audit().record(AuditEvent.aboutPatient(AuditAction.PATIENT_DATA_VIEWED, id, Portal.EHR, PATIENT,
                    "claim " + i + " via Claim page"));
        }
        security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, id, Portal.EHR, "user"));
        // seq 1 is ACCOUNT_CREATED; 2..4 name the patient; 5 does not.
        assertThat(security.audit().verify().intact()).isTrue();

        execute("UPDATE OA_SECURITY.audit_entry SET patient_id = '" + OTHER_PATIENT + "' WHERE seq = 3");
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(false, 3, 3,
                AuditVerification.Problem.EDITED));
        execute("UPDATE OA_SECURITY.audit_entry SET patient_id = '" + PATIENT + "' WHERE seq = 3");
        assertThat(security.audit().verify().intact()).isTrue();

        execute("UPDATE OA_SECURITY.audit_entry SET patient_id = NULL WHERE seq = 2");
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(false, 2, 2,
                AuditVerification.Problem.EDITED));
        execute("UPDATE OA_SECURITY.audit_entry SET patient_id = '" + PATIENT + "' WHERE seq = 2");

        execute("UPDATE OA_SECURITY.audit_entry SET patient_id = '" + PATIENT + "' WHERE seq = 5");
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(false, 5, 5,
                AuditVerification.Problem.EDITED));
    }

    @Test
    void exportsThePatientAsTheLastCsvColumnAndStillDefusesFormulas() throws Exception {
        migrated();
        security.audit().record(AuditEvent.aboutPatient(AuditAction.PATIENT_DATA_VIEWED, id, Portal.SERVICE_CENTER,
                PATIENT, "=HYPERLINK(\"http://example.test\",\"x\")"));
        security.audit().record(new AuditEvent(AuditAction.PATIENT_DATA_VIEWED, id, Portal.SERVICE_CENTER,
                "@SUM(A1)"));
        StringBuilder csv = new StringBuilder();
        security.audit().exportCsv(new AuditQuery(id, AuditAction.PATIENT_DATA_VIEWED, null, null, 10), csv);
        String[] lines = csv.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("sequence,occurred_at,action,account,portal,detail,hash,patient,practice");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).contains(",\"'=HYPERLINK(\"\"http://example.test\"\",\"\"x\"\")\",")
                .endsWith("," + PATIENT + "," + Fixtures.PRACTICE);
        assertThat(lines[2]).contains(",'@SUM(A1),").endsWith(",," + Fixtures.PRACTICE);

        StringBuilder onePatient = new StringBuilder();
        security.audit().exportCsv(new AuditQuery(null, PATIENT.toString(), null, null, null, 10), onePatient);
        assertThat(onePatient.toString().split("\r\n")).hasSize(2);
    }

    @Test
    void refusesAPatientReferenceThatIsNotAUuid() {
        assertThatThrownBy(() -> new AuditEvent(AuditAction.PATIENT_DATA_VIEWED, null, null, "", "Doe, Jane"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("patient must be a UUID");
        assertThatThrownBy(() -> new AuditEvent(AuditAction.PATIENT_DATA_VIEWED, null, null, "", "1-2-3-4-5"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditQuery(null, "W123456789", null, null, null, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new AuditEvent(AuditAction.PATIENT_DATA_VIEWED, null, null, "",
                PATIENT.toString().toUpperCase()).patient()).isEqualTo(PATIENT.toString());
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
