package org.oa.security.internal.recovery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.oa.security.account.AccountId;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;
import org.oa.security.internal.audit.JdbcAuditTrail;
import org.oa.security.internal.jdbc.Database;
import org.oa.security.internal.credential.Secrets;
import org.oa.security.recovery.DeviceToken;
import org.oa.security.recovery.RememberedDevice;
import org.oa.security.recovery.RememberedDevices;

/** Remembered devices in {@code remembered_device}, tokens stored as SHA-256. Thread-safe. */
public final class JdbcRememberedDevices implements RememberedDevices {

    /** How long a device is remembered. */
    public static final Duration LIFETIME = Duration.ofDays(30);

    private final Database db;
    private final String table;
    private final JdbcAuditTrail audit;
    private final Clock clock;

    /**
     * @param db    the database
     * @param audit the trail
     * @param clock the time source
     */
    public JdbcRememberedDevices(Database db, JdbcAuditTrail audit, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.table = db.table("remembered_device");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public DeviceToken remember(AccountId account, String label) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(label, "label");
        String clean = label.strip();
        if (clean.isEmpty() || clean.length() > 200 || clean.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("label must be 1..200 printable characters");
        }
        Instant now = Instant.ofEpochMilli(clock.millis());
        Instant expires = now.plus(LIFETIME);
        UUID id = UUID.randomUUID();
        String token = Secrets.urlToken();
        db.update("INSERT INTO " + table + " (id, account_id, token_hash, label, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)", id.toString(), account.toString(), hash(token), clean,
                now.toEpochMilli(), expires.toEpochMilli());
        audit.append(new AuditEvent(AuditAction.DEVICE_REMEMBERED, account, null, id.toString()));
        return new DeviceToken(token, new RememberedDevice(id, clean, now, expires, null));
    }

    @Override
    public boolean isRemembered(AccountId account, String token) {
        Objects.requireNonNull(account, "account");
        if (token == null || token.isEmpty()) {
            return false;
        }
        long now = clock.millis();
        return db.update("UPDATE " + table + " SET last_used_at = ? WHERE token_hash = ? AND account_id = ?"
                + " AND revoked_at IS NULL AND expires_at > ?", now, hash(token), account.toString(), now) == 1;
    }

    @Override
    public List<RememberedDevice> list(AccountId account) {
        Objects.requireNonNull(account, "account");
        return db.query("SELECT id, label, created_at, expires_at, last_used_at FROM " + table
                + " WHERE account_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at DESC, id",
                JdbcRememberedDevices::read, account.toString(), clock.millis());
    }

    @Override
    public boolean revoke(AccountId account, UUID device) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(device, "device");
        boolean revoked = db.update("UPDATE " + table + " SET revoked_at = ? WHERE id = ? AND account_id = ?"
                + " AND revoked_at IS NULL", clock.millis(), device.toString(), account.toString()) == 1;
        if (revoked) {
            audit.append(new AuditEvent(AuditAction.DEVICE_REVOKED, account, null, device.toString()));
        }
        return revoked;
    }

    @Override
    public int revokeAll(AccountId account) {
        Objects.requireNonNull(account, "account");
        int revoked = db.update("UPDATE " + table + " SET revoked_at = ? WHERE account_id = ? AND revoked_at IS NULL",
                clock.millis(), account.toString());
        if (revoked > 0) {
            audit.append(new AuditEvent(AuditAction.DEVICE_REVOKED, account, null, "all " + revoked));
        }
        return revoked;
    }

    private static RememberedDevice read(ResultSet row) throws SQLException {
        long lastUsed = row.getLong("last_used_at");
        Instant last = row.wasNull() ? null : Instant.ofEpochMilli(lastUsed);
        return new RememberedDevice(UUID.fromString(row.getString("id").trim()), row.getString("label"),
                Instant.ofEpochMilli(row.getLong("created_at")), Instant.ofEpochMilli(row.getLong("expires_at")), last);
    }

    private static String hash(String token) {
        return Secrets.sha256("device", token);
    }
}
