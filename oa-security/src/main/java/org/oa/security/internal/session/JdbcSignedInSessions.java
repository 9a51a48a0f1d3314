package org.oa.security.internal.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;
import org.oa.security.internal.audit.JdbcAuditTrail;
import org.oa.security.internal.jdbc.Database;
import org.oa.security.session.SessionEnd;
import org.oa.security.session.SessionId;
import org.oa.security.session.SessionStatus;
import org.oa.security.session.SignedInSession;
import org.oa.security.session.SignedInSessions;

/**
 * Signed-in sessions in table {@code signed_in_session}. Ending is a conditional update ({@code ended_at IS
 * NULL}), so concurrent enders on several nodes agree on one reason and one count. Thread-safe.
 */
public final class JdbcSignedInSessions implements SignedInSessions {

    /** How often a session's last-seen time is written at most: reads stay cheap, the list stays useful. */
    static final Duration LAST_SEEN_RESOLUTION = Duration.ofMinutes(1);

    /** Longest device description kept. */
    static final int MAX_DEVICE = 100;

    private final Database db;
    private final String table;
    private final JdbcAuditTrail audit;
    private final Clock clock;

    /**
     * @param db    the database
     * @param audit the trail
     * @param clock the time source
     */
    public JdbcSignedInSessions(Database db, JdbcAuditTrail audit, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.table = db.table("signed_in_session");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SessionId begin(AccountId account, Portal portal, String device) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(portal, "portal");
        SessionId id = SessionId.random();
        long now = clock.millis();
        db.update("INSERT INTO " + table + " (id, account_id, portal, device, started_at, last_seen_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", id.toString(), account.toString(), portal.name(), device(device),
                now, now);
        return id;
    }

    @Override
    public SessionStatus touch(SessionId id) {
        Objects.requireNonNull(id, "id");
        long now = clock.millis();
        Object[] row = db.queryOne("SELECT ended_at, last_seen_at FROM " + table + " WHERE id = ?",
                r -> new Object[] {r.getObject(1), r.getLong(2)}, id.toString()).orElse(null);
        if (row == null) {
            return SessionStatus.UNKNOWN;
        }
        if (row[0] != null) {
            return SessionStatus.ENDED;
        }
        if ((Long) row[1] <= now - LAST_SEEN_RESOLUTION.toMillis()) {
            // Conditional, so that a session ended meanwhile is not revived and two nodes write once.
            db.update("UPDATE " + table + " SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL"
                    + " AND last_seen_at < ?", now, id.toString(), now);
        }
        return SessionStatus.ACTIVE;
    }

    @Override
    public void end(SessionId id, SessionEnd reason) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        db.update("UPDATE " + table + " SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL",
                clock.millis(), reason.name(), id.toString());
    }

    @Override
    public int endOthers(AccountId account, SessionId keep, SessionEnd reason) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(reason, "reason");
        String sql = "UPDATE " + table + " SET ended_at = ?, end_reason = ? WHERE account_id = ? AND ended_at IS NULL";
        int ended = keep == null
                ? db.update(sql, clock.millis(), reason.name(), account.toString())
                : db.update(sql + " AND id <> ?", clock.millis(), reason.name(), account.toString(), keep.toString());
        if (ended > 0) {
            audit.append(new AuditEvent(AuditAction.SESSIONS_ENDED, account, null, ended + " " + reason.name()));
        }
        return ended;
    }

    @Override
    public boolean endOne(AccountId account, SessionId id) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(id, "id");
        boolean ended = db.update("UPDATE " + table + " SET ended_at = ?, end_reason = ? WHERE id = ?"
                + " AND account_id = ? AND ended_at IS NULL", clock.millis(), SessionEnd.SIGNED_OUT_ELSEWHERE.name(),
                id.toString(), account.toString()) == 1;
        if (ended) {
            audit.append(new AuditEvent(AuditAction.SESSIONS_ENDED, account, null,
                    "1 " + SessionEnd.SIGNED_OUT_ELSEWHERE.name() + " " + id));
        }
        return ended;
    }

    @Override
    public List<SignedInSession> active(AccountId account, Instant seenSince) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(seenSince, "seenSince");
        return db.query("SELECT id, account_id, portal, device, started_at, last_seen_at FROM " + table
                + " WHERE account_id = ? AND ended_at IS NULL AND last_seen_at >= ? ORDER BY started_at DESC, id",
                JdbcSignedInSessions::read, account.toString(), seenSince.toEpochMilli());
    }

    @Override
    public int purge(Instant before) {
        Objects.requireNonNull(before, "before");
        return db.update("DELETE FROM " + table + " WHERE last_seen_at < ? OR (ended_at IS NOT NULL AND ended_at < ?)",
                before.toEpochMilli(), before.toEpochMilli());
    }

    /** The description as stored: printable, stripped, at most {@link #MAX_DEVICE} characters. */
    static String device(String device) {
        if (device == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder();
        device.codePoints().filter(c -> !Character.isISOControl(c)).forEach(clean::appendCodePoint);
        String text = clean.toString().strip();
        if (text.length() > MAX_DEVICE) {
            int end = Character.isHighSurrogate(text.charAt(MAX_DEVICE - 1)) ? MAX_DEVICE - 1 : MAX_DEVICE;
            text = text.substring(0, end);
        }
        return text;
    }

    private static SignedInSession read(ResultSet row) throws SQLException {
        return new SignedInSession(SessionId.parse(row.getString(1)), AccountId.parse(row.getString(2).trim()),
                Portal.valueOf(row.getString(3).trim()), row.getString(4), Instant.ofEpochMilli(row.getLong(5)),
                Instant.ofEpochMilli(row.getLong(6)));
    }
}
