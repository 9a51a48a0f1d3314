package org.oa.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
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
import org.oa.security.account.NewAccount;
import org.oa.security.account.Portal;
import org.oa.security.account.Role;

class PracticeAuditTest {

    private static final UUID OTHER_PRACTICE = UUID.fromString("00000000-0000-4000-8000-0000000000b2");
    private static final UUID PATIENT = UUID.fromString("6f1c2a7e-3b4d-4e5f-8a9b-0c1d2e3f4a5b");

    private final MutableClock clock = new MutableClock();
    private DataSource dataSource;
    private OaSecurity security;

    @BeforeEach
    void setUp() {
        dataSource = TestDatabases.derby();
        security = OaSecurity.builder().dataSource(dataSource).hashParameters(TestDatabases.FAST).clock(clock).build();
    }

    @Test
    void entriesTakeTheirAccountsPracticeAndASearchByPracticeFindsOnlyThatPracticesEntries() {
        security.migrate();
        AccountId mine = security.accounts().create(Fixtures.staff("audit.mine", Role.BILLER));
        AccountId theirs = security.accounts().create(new NewAccount("audit.theirs", "Test theirs",
                "theirs@example.test", OTHER_PRACTICE, Set.of(Role.BILLER), Fixtures.GOOD_PASSWORD.toCharArray()));
        AccountId patient = security.accounts().create(Fixtures.patient("audit.patient"));
        // The other practice is busy: its entries are newer and far more numerous than ours.
        security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, mine, Portal.SERVICE_CENTER, "user"));
        AuditEntry api = security.audit().record(AuditEvent.aboutPatient(AuditAction.PATIENT_DATA_VIEWED, null, null,
                PATIENT, "claim 1 via API token t1").inPractice(Fixtures.PRACTICE));
        for (int i = 0; i < 30; i++) {
            security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, theirs, Portal.SERVICE_CENTER, "user"));
        }
        security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, patient, Portal.PATIENT, "user"));

        assertThat(api.practice()).isEqualTo(Fixtures.PRACTICE);
        AuditQuery newest5 = new AuditQuery(null, null, null, null, null, 5);
        assertThat(security.audit().searchNewestFirst(newest5.inPractice(Fixtures.PRACTICE)))
                .extracting(AuditEntry::action, AuditEntry::account)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditAction.PATIENT_DATA_VIEWED, null),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.SIGNED_OUT, mine),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.ACCOUNT_CREATED, mine));
        assertThat(security.audit().search(AuditQuery.all().inPractice(OTHER_PRACTICE)))
                .hasSize(31).allSatisfy(e -> assertThat(e.practice()).isEqualTo(OTHER_PRACTICE));
        assertThat(security.audit().search(new AuditQuery(patient, null, null, null, 10)))
                .isNotEmpty().allSatisfy(e -> assertThat(e.practice()).isNull());
        assertThat(security.audit().verify().intact()).isTrue();
    }

    @Test
    void entriesWrittenBeforeThePracticeColumnExistedCountByTheirAccountAndStillVerify() throws Exception {
        // Version 7 of the schema: an account of the practice, and an entry hashed as the trail did then.
        Flyway.configure(getClass().getClassLoader()).dataSource(dataSource).schemas("OA_SECURITY")
                .defaultSchema("OA_SECURITY").locations("classpath:db/migration/security").target("7").load()
                .migrate();
        String old = "0b0b0b0b-0000-4000-8000-000000000001";
        execute("INSERT INTO OA_SECURITY.account (id, username, display_name, email, practice_id, roles,"
                + " password_hash, created_at, password_changed_at) VALUES ('" + old + "', 'audit.old', 'Old',"
                + " 'old@example.test', '" + Fixtures.PRACTICE + "', 'BILLER', 'x', 1, 1)");
        LegacyAuditEntries.insert(dataSource, 1, 1_700_000_000_000L, "SIGNED_OUT", old, Portal.SERVICE_CENTER.name(),
                "user", "0".repeat(64));
        security.migrate();
        AccountId now = security.accounts().create(Fixtures.staff("audit.now", Role.BILLER));

        assertThat(security.audit().search(AuditQuery.all().inPractice(Fixtures.PRACTICE)))
                .extracting(AuditEntry::account, AuditEntry::practice)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AccountId.parse(old), null),
                        org.assertj.core.groups.Tuple.tuple(now, Fixtures.PRACTICE));
        assertThat(security.audit().search(AuditQuery.all().inPractice(OTHER_PRACTICE))).isEmpty();
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(true, 2, 0,
                AuditVerification.Problem.NONE));
    }

    @Test
    void verifyFindsAnEntryMovedToAnotherPracticeOrStrippedOfItsPractice() throws SQLException {
        security.migrate();
        AccountId mine = security.accounts().create(Fixtures.staff("audit.moved", Role.BILLER));
        security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, mine, Portal.EHR, "user"));
        security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, mine, Portal.EHR, "user"));
        assertThat(security.audit().verify().intact()).isTrue();

        execute("UPDATE OA_SECURITY.audit_entry SET practice_id = '" + OTHER_PRACTICE + "' WHERE seq = 2");
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(false, 2, 2,
                AuditVerification.Problem.EDITED));
        execute("UPDATE OA_SECURITY.audit_entry SET practice_id = NULL WHERE seq = 2");
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(false, 2, 2,
                AuditVerification.Problem.EDITED));
        execute("UPDATE OA_SECURITY.audit_entry SET practice_id = '" + Fixtures.PRACTICE + "' WHERE seq = 2");
        assertThat(security.audit().verify().intact()).isTrue();
    }

    @Test
    void exportsThePracticeAsTheLastCsvColumn() throws Exception {
        security.migrate();
        AccountId mine = security.accounts().create(Fixtures.staff("audit.csv", Role.BILLER));
        security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, mine, Portal.EHR, "user"));
        StringBuilder csv = new StringBuilder();
        security.audit().exportCsv(new AuditQuery(mine, AuditAction.SIGNED_OUT, null, null, 10), csv);
        String[] lines = csv.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("sequence,occurred_at,action,account,portal,detail,hash,patient,practice");
        assertThat(lines[1]).endsWith(",," + Fixtures.PRACTICE);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
