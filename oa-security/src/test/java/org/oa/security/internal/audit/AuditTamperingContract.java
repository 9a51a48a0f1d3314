package org.oa.security.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditCheckpoint;
import org.oa.security.audit.AuditEvent;
import org.oa.security.audit.AuditQuery;
import org.oa.security.audit.AuditVerification;
import org.oa.security.audit.AuditVerification.Problem;

/**
 * The audit attacks of issue 11 (row 10), by someone with write access to the database but not the audit key:
 * each rewrite must be found, a forged row must not stop the trail, and an unreadable row must be reported rather
 * than break the check. Subclasses supply the database.
 */
abstract class AuditTamperingContract {

    private static final byte[] KEY = "an audit key held outside the db!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] GUESSED = "a key the attacker made up for it".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** @return a DataSource on this test's database */
    protected abstract DataSource dataSource();

    /** @return the schema the library uses there */
    protected abstract String schema();

    private OaSecurity security;
    private final AccountId account = AccountId.random();

    @BeforeEach
    void setUp() {
        security = keyed(KEY);
        security.migrate();
    }

    private OaSecurity keyed(byte[] key) {
        OaSecurity.Builder builder = OaSecurity.builder().dataSource(dataSource()).schema(schema())
                .hashParameters(TestDatabases.FAST);
        return (key == null ? builder : builder.auditKey(key)).build();
    }

    private void record(int count) {
        for (int i = 0; i < count; i++) {
            security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, account, Portal.EHR, "entry " + i));
        }
    }

    @Test
    void anEntryEditedWithTheRestOfTheChainRecomputedWithoutTheKeyIsFound() throws SQLException {
        record(5);
        execute("UPDATE " + table("audit_entry") + " SET detail = 'forged' WHERE seq = 3");
        rechainFrom(3, JdbcAuditTrail.SHA_256, null);
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(false, 3, 3, Problem.EDITED));
        rechainFrom(3, JdbcAuditTrail.HMAC_SHA_256, GUESSED);
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(false, 3, 3, Problem.EDITED));
    }

    @Test
    void aForgedEntryAppendedWithTheHeadMovedIsFound() throws SQLException {
        record(4);
        Row last = rows().get(3);
        String forged = JdbcAuditTrail.chain(last.hash, 5, Instant.ofEpochMilli(1_000), AuditAction.ACCOUNT_UNLOCKED,
                account, null, "forged", null, null);
        insert(5, AuditAction.ACCOUNT_UNLOCKED.name(), last.hash, forged, JdbcAuditTrail.SHA_256);
        execute("UPDATE " + table("audit_head") + " SET seq = 5, entry_hash = '" + forged + "' WHERE id = 1");
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(false, 5, 5, Problem.EDITED));
    }

    @Test
    void theLastEntryDeletedWithTheHeadMovedBackIsFoundByACheckpoint() throws SQLException {
        record(5);
        AuditCheckpoint checkpoint = security.audit().checkpoint();
        assertThat(checkpoint.sequence()).isEqualTo(5);
        Row fourth = rows().get(3);
        execute("DELETE FROM " + table("audit_entry") + " WHERE seq = 5");
        execute("UPDATE " + table("audit_head") + " SET seq = 4, entry_hash = '" + fourth.hash + "' WHERE id = 1");
        assertThat(security.audit().verify().intact()).as("the chain alone cannot tell").isTrue();
        assertThat(security.audit().verify(List.of(AuditCheckpoint.parse(checkpoint.line()))))
                .isEqualTo(new AuditVerification(false, 4, 5, Problem.CHECKPOINT_MISMATCH));
    }

    @Test
    void aWholeChainRewrittenIsFoundByACheckpoint() throws SQLException {
        record(3);
        AuditCheckpoint checkpoint = security.audit().checkpoint();
        record(2);
        execute("UPDATE " + table("audit_entry") + " SET detail = 'rewritten' WHERE seq = 2");
        rechainFrom(1, JdbcAuditTrail.SHA_256, null);
        AuditVerification found = security.audit().verify(List.of(checkpoint));
        assertThat(found.intact()).isFalse();
        // Rewritten consistently as unkeyed entries, the chain itself looks whole up to the checkpointed entry,
        // whose hash no longer matches: the change is reported there, at or after where it was made.
        assertThat(found).isEqualTo(new AuditVerification(false, 3, 3, Problem.CHECKPOINT_MISMATCH));
    }

    @Test
    void aForgedRowPastTheHeadNeitherStopsTheTrailNorGoesUnreported() throws SQLException {
        record(3);
        insert(4, AuditAction.ACCOUNT_UNLOCKED.name(), rows().get(2).hash, "f".repeat(64), JdbcAuditTrail.SHA_256);
        var stored = security.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, account, Portal.EHR, "after"));
        assertThat(stored.sequence()).as("recorded after the forged row").isEqualTo(5);
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(false, 4, 4, Problem.EDITED));
    }

    @Test
    void anUnreadableRowIsReportedAsTamperedAndLeftOutOfSearches() throws SQLException {
        record(3);
        execute("UPDATE " + table("audit_entry") + " SET action = 'NOT_AN_ACTION' WHERE seq = 2");
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(false, 2, 2, Problem.UNREADABLE));
        assertThat(security.audit().search(new AuditQuery(account, null, null, null, 10))).hasSize(2);
    }

    @Test
    void aCheckpointNotSignedWithTheKeyIsRefused() {
        record(2);
        AuditCheckpoint real = security.audit().checkpoint();
        AuditCheckpoint forged = new AuditCheckpoint(real.sequence(), real.entryHash(), real.at(), "0".repeat(64));
        assertThat(security.audit().verify(List.of(real)).intact()).isTrue();
        assertThat(security.audit().verify(List.of(forged)).problem()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
        assertThat(keyed(GUESSED).audit().verify(List.of(real)).problem()).as("another key")
                .isEqualTo(Problem.CHECKPOINT_MISMATCH);
    }

    @Test
    void entriesWrittenBeforeTheKeyStillVerifyAndKeyedOnesFollowThem() {
        OaSecurity unkeyed = keyed(null);
        for (int i = 0; i < 3; i++) {
            unkeyed.audit().record(new AuditEvent(AuditAction.SIGNED_OUT, account, Portal.EHR, "old " + i));
        }
        record(2);
        assertThat(security.audit().verify()).isEqualTo(new AuditVerification(true, 5, 0, Problem.NONE));
        assertThat(security.audit().verify(List.of(security.audit().checkpoint())).intact()).isTrue();
    }

    // ---- what the attacker does, with SQL ----------------------------------------------------------------------

    private record Row(long seq, long at, String action, String account, String portal, String detail, String hash) {
    }

    private List<Row> rows() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT seq, occurred_at, action, account_id, portal, detail, entry_hash FROM " + table("audit_entry")
                        + " ORDER BY seq"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(new Row(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), r.getString(5),
                        r.getString(6), r.getString(7)));
            }
        }
        return rows;
    }

    /** Recomputes every hash from {@code first} on, as a forger would, and moves the head. */
    private void rechainFrom(long first, int scheme, byte[] key) throws SQLException {
        JdbcAuditTrail forger = key == null ? null : new JdbcAuditTrail(
                new org.oa.security.internal.jdbc.Database(dataSource(), schema()), java.time.Clock.systemUTC(), key);
        String previous = first == 1 ? JdbcAuditTrail.GENESIS : rows().get((int) first - 2).hash;
        for (Row row : rows()) {
            if (row.seq < first) {
                continue;
            }
            Instant at = Instant.ofEpochMilli(row.at);
            AuditAction action = AuditAction.valueOf(row.action);
            AccountId who = row.account == null ? null : AccountId.parse(row.account.trim());
            Portal portal = row.portal == null ? null : Portal.valueOf(row.portal);
            String hash = forger == null
                    ? JdbcAuditTrail.chain(previous, row.seq, at, action, who, portal, row.detail, null, null)
                    : forger.chain(scheme, previous, row.seq, at, action, who, portal, row.detail, null, null);
            try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement("UPDATE "
                    + table("audit_entry") + " SET prev_hash = ?, entry_hash = ?, hash_scheme = ? WHERE seq = ?")) {
                s.setString(1, previous);
                s.setString(2, hash);
                s.setInt(3, scheme);
                s.setLong(4, row.seq);
                s.executeUpdate();
            }
            previous = hash;
        }
        execute("UPDATE " + table("audit_head") + " SET entry_hash = '" + previous + "' WHERE id = 1");
    }

    private void insert(long seq, String action, String previous, String hash, int scheme) throws SQLException {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO "
                + table("audit_entry") + " (seq, occurred_at, action, account_id, portal, detail, prev_hash,"
                + " entry_hash, hash_scheme) VALUES (?, ?, ?, ?, NULL, 'forged', ?, ?, ?)")) {
            s.setLong(1, seq);
            s.setLong(2, 1_000);
            s.setString(3, action);
            s.setString(4, account.toString());
            s.setString(5, previous);
            s.setString(6, hash);
            s.setInt(7, scheme);
            s.executeUpdate();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    private String table(String name) {
        return "\"" + schema() + "\"." + name;
    }
}
