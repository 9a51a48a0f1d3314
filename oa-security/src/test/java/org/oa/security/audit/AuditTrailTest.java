package org.oa.security.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.Fixtures;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;
import org.oa.security.TestDatabases.MutableClock;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.account.Role;

class AuditTrailTest {

    private static final String TYPED = "Secret-Typed-Value-99";

    private final MutableClock clock = new MutableClock();
    private DataSource dataSource;
    private OaSecurity security;
    private AccountId id;

    @BeforeEach
    void setUp() {
        dataSource = TestDatabases.derby();
        security = OaSecurity.builder().dataSource(dataSource).hashParameters(TestDatabases.FAST).clock(clock).build();
        security.migrate();
        id = security.accounts().create(Fixtures.staff("audit.me", Role.BILLER, Role.PRACTICE_ADMIN));
    }

    @Test
    void recordsSignInsLockoutsUnlocksRoleChoicesSignOutsAndPasswordChanges() {
        security.login().authenticate(Portal.SERVICE_CENTER, "audit.me", Fixtures.GOOD_PASSWORD.toCharArray());
        security.audit().record(new AuditEvent(AuditAction.ROLE_CHOSEN, id, Portal.SERVICE_CENTER, "BILLER"));
        security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, id, Portal.SERVICE_CENTER, "user"));
        for (int i = 0; i < 5; i++) {
            security.login().authenticate(Portal.SERVICE_CENTER, "audit.me", TYPED.toCharArray());
        }
        security.accounts().unlock(id);
        security.passwords().change(id, Fixtures.GOOD_PASSWORD.toCharArray(), "Velvet-Harbor-Compass-8".toCharArray());

        List<AuditAction> actions = security.audit().search(new AuditQuery(id, null, null, null, 100)).stream()
                .map(AuditEntry::action).toList();
        assertThat(actions).containsExactly(AuditAction.ACCOUNT_CREATED, AuditAction.LOGIN_SUCCEEDED,
                AuditAction.ROLE_CHOSEN, AuditAction.SIGNED_OUT, AuditAction.LOGIN_REFUSED, AuditAction.LOGIN_REFUSED,
                AuditAction.LOGIN_REFUSED, AuditAction.LOGIN_REFUSED, AuditAction.ACCOUNT_LOCKED,
                AuditAction.LOGIN_REFUSED, AuditAction.ACCOUNT_UNLOCKED, AuditAction.PASSWORD_CHANGED);
        assertThat(security.audit().search(new AuditQuery(id, AuditAction.LOGIN_REFUSED, null, null, 10)))
                .extracting(AuditEntry::detail).containsOnly("WRONG_PASSWORD");
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(true, 12, 0,
                AuditVerification.Problem.NONE));
    }

    @Test
    void neverStoresAPasswordOrTheTypedUsernameOfAnUnknownAccount() throws SQLException {
        security.login().authenticate(Portal.SERVICE_CENTER, "audit.me", TYPED.toCharArray());
        security.login().authenticate(Portal.SERVICE_CENTER, "Ghost.Person", TYPED.toCharArray());
        String dump = dumpAuditTable();
        assertThat(dump).doesNotContain(TYPED).doesNotContainIgnoringCase("ghost")
                .doesNotContain(Fixtures.GOOD_PASSWORD).contains("UNKNOWN_USERNAME");
    }

    @Test
    void searchesByAccountActionAndTime() {
        Instant start = clock.instant();
        security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, id, Portal.PRACTICE_MATE, ""));
        clock.advance(Duration.ofHours(1));
        Instant later = clock.instant();
        security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, id, Portal.PRACTICE_MATE, ""));
        security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, null, Portal.PATIENT, ""));

        assertThat(security.audit().search(new AuditQuery(id, AuditAction.SIGNED_OUT, null, null, 10))).hasSize(2);
        assertThat(security.audit().search(new AuditQuery(null, AuditAction.SIGNED_OUT, later, null, 10))).hasSize(2);
        assertThat(security.audit().search(new AuditQuery(id, null, start, later, 10)))
                .extracting(AuditEntry::action).containsExactly(AuditAction.ACCOUNT_CREATED, AuditAction.SIGNED_OUT);
        assertThat(security.audit().search(new AuditQuery(null, null, null, null, 1))).hasSize(1);
    }

    @Test
    void listsTheNewestEntriesFirstHoweverLongTheTrailIs() {
        for (int i = 1; i <= 5; i++) {
            security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, id, Portal.PRACTICE_MATE, "visit " + i));
        }

        assertThat(security.audit().searchNewestFirst(new AuditQuery(id, AuditAction.SIGNED_OUT, null, null, 2)))
                .extracting(AuditEntry::detail).containsExactly("visit 5", "visit 4");
        assertThat(security.audit().search(new AuditQuery(id, AuditAction.SIGNED_OUT, null, null, 2)))
                .extracting(AuditEntry::detail).containsExactly("visit 1", "visit 2");
    }

    @Test
    void verifyReportsTheFirstEditedEntry() throws SQLException {
        for (int i = 0; i < 5; i++) {
            security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, id, Portal.EHR, "n" + i));
        }
        execute("UPDATE OA_SECURITY.audit_entry SET detail = 'forged' WHERE seq = 4");
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(false, 4, 4,
                AuditVerification.Problem.EDITED));
    }

    @Test
    void verifyReportsARechainedEditAtTheNextEntry() throws SQLException {
        for (int i = 0; i < 4; i++) {
            security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, id, Portal.EHR, "n" + i));
        }
        // A forger who also recomputes entry 3's own hash still breaks the link to entry 4.
        execute("UPDATE OA_SECURITY.audit_entry SET entry_hash = '" + "a".repeat(64) + "' WHERE seq = 3");
        AuditVerification result = security.audit().verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSequence()).isEqualTo(3);
    }

    @Test
    void verifyReportsTheFirstDeletedEntry() throws SQLException {
        for (int i = 0; i < 5; i++) {
            security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, id, Portal.EHR, "n" + i));
        }
        execute("DELETE FROM OA_SECURITY.audit_entry WHERE seq = 3");
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(false, 3, 3,
                AuditVerification.Problem.DELETED));
    }

    @Test
    void verifyReportsEntriesCutOffTheEnd() throws SQLException {
        for (int i = 0; i < 5; i++) {
            security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, id, Portal.EHR, "n" + i));
        }
        execute("DELETE FROM OA_SECURITY.audit_entry WHERE seq >= 5");
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(false, 4, 5,
                AuditVerification.Problem.DELETED));
    }

    @Test
    void exportsCsvThatSpreadsheetsDoNotExecute() throws Exception {
        security.audit().record(new AuditEvent(AuditAction.ROLE_CHOSEN, id, Portal.SERVICE_CENTER,
                "=HYPERLINK(\"http://example.test\",\"x\")"));
        security.audit().record(new AuditEvent(AuditAction.ROLE_CHOSEN, id, Portal.SERVICE_CENTER, "+1, -2 @3"));
        security.audit().record(new AuditEvent(AuditAction.ROLE_CHOSEN, id, Portal.SERVICE_CENTER, "@SUM(A1)"));
        StringBuilder csv = new StringBuilder();
        security.audit().exportCsv(new AuditQuery(id, AuditAction.ROLE_CHOSEN, null, null, 10), csv);
        String[] lines = csv.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("sequence,occurred_at,action,account,portal,detail,hash,patient,practice");
        assertThat(lines).hasSize(4);
        assertThat(lines[1]).contains(",\"'=HYPERLINK(\"\"http://example.test\"\",\"\"x\"\")\",");
        assertThat(lines[2]).contains(",\"'+1, -2 @3\",");
        assertThat(lines[3]).contains(",'@SUM(A1),");
    }

    @Test
    void exportsAChosenListOfEntriesInTheSameSafeForm() throws Exception {
        security.audit().record(new AuditEvent(AuditAction.ROLE_CHOSEN, id, Portal.SERVICE_CENTER, "-cmd|calc"));
        security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, id, Portal.SERVICE_CENTER, "signed out"));
        var chosen = security.audit().search(new AuditQuery(id, AuditAction.ROLE_CHOSEN, null, null, 10));
        StringBuilder csv = new StringBuilder();
        security.audit().exportCsv(chosen, csv);
        String[] lines = csv.toString().split("\r\n");
        assertThat(lines).hasSize(1 + chosen.size());
        assertThat(lines[0]).isEqualTo("sequence,occurred_at,action,account,portal,detail,hash,patient,practice");
        assertThat(csv.toString()).contains(",'-cmd|calc,").doesNotContain("SIGNED_OUT");
    }

    @Test
    void refusesDetailsWithControlCharactersOrTooLong() {
        assertThatThrownBy(() -> new AuditEvent(AuditAction.SIGNED_OUT, null, null, "a\nb"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditEvent(AuditAction.SIGNED_OUT, null, null, "x".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private String dumpAuditTable() throws SQLException {
        StringBuilder dump = new StringBuilder();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT * FROM OA_SECURITY.audit_entry")) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= columns; i++) {
                    dump.append(r.getString(i)).append('|');
                }
                dump.append('\n');
            }
        }
        return dump.toString();
    }
}
