package org.oa.security.internal.twofactor;

import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import org.oa.security.OaSecurityException;
import org.oa.security.account.AccountId;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;
import org.oa.security.internal.account.AccountRecord;
import org.oa.security.internal.account.AccountStore;
import org.oa.security.internal.account.AttemptChannel;
import org.oa.security.internal.account.LockoutGate;
import org.oa.security.internal.audit.JdbcAuditTrail;
import org.oa.security.internal.credential.Secrets;
import org.oa.security.internal.jdbc.Database;
import org.oa.security.twofactor.CodeChannel;
import org.oa.security.twofactor.CodeMessage;
import org.oa.security.twofactor.CodeSender;
import org.oa.security.twofactor.PhoneNumber;
import org.oa.security.twofactor.PhoneNumberChange;
import org.oa.security.twofactor.PhoneNumbers;
import org.oa.security.twofactor.SecondFactorOutcome;
import org.oa.security.twofactor.SecondFactorRefusal;

/**
 * Phone numbers in {@code account_phone}: the confirmed number, and a pending one beside the salted SHA-256 hash of
 * the code texted to it. Every check-and-change is a compare-and-set UPDATE, so nodes sharing the database agree.
 * Neither the number nor the code appears in a log line, an exception message or an audit entry. Thread-safe.
 */
public final class JdbcPhoneNumbers implements PhoneNumbers {

    private final Database db;
    private final String table;
    private final AccountStore accounts;
    private final LockoutGate lockout;
    private final JdbcAuditTrail audit;
    private final CodeSender sender;
    private final Clock clock;

    /** The stored row; {@code toString()} leaves out the numbers and the hash. */
    private record Row(String phone, String pendingPhone, String salt, String codeHash, Long sentAt, Long expiresAt,
            int attempts) {
        @Override
        public String toString() {
            return "Row[attempts=" + attempts + "]";
        }
    }

    /**
     * @param db       the database
     * @param accounts account rows
     * @param lockout  the lockout protocol shared with passwords and codes
     * @param audit    the trail
     * @param sender   delivers the confirmation texts
     * @param clock    the time source
     */
    public JdbcPhoneNumbers(Database db, AccountStore accounts, LockoutGate lockout, JdbcAuditTrail audit,
            CodeSender sender, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.table = db.table("account_phone");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private AccountRecord account(AccountId id) {
        Objects.requireNonNull(id, "account");
        return accounts.find(id).orElseThrow(() -> new OaSecurityException("no such account"));
    }

    private Optional<Row> row(AccountId id) {
        return db.queryOne("SELECT phone, pending_phone, salt, code_hash, sent_at, expires_at, attempts FROM " + table
                + " WHERE account_id = ?", r -> new Row(r.getString(1), r.getString(2), r.getString(3),
                        r.getString(4), nullableLong(r, 5), nullableLong(r, 6), r.getInt(7)), id.toString());
    }

    private static Long nullableLong(java.sql.ResultSet row, int column) throws java.sql.SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    @Override
    public PhoneNumberChange change(AccountId id, String typed) {
        AccountRecord account = account(id);
        PhoneNumberFormat.Result parsed = PhoneNumberFormat.normalise(typed);
        if (parsed.problem() != null) {
            return new PhoneNumberChange.Rejected(parsed.problem());
        }
        return sendConfirmation(account, new PhoneNumber(parsed.e164()));
    }

    @Override
    public PhoneNumberChange resendConfirmation(AccountId id) {
        AccountRecord account = account(id);
        Optional<String> pending = row(id).map(Row::pendingPhone);
        if (pending.isEmpty()) {
            return new PhoneNumberChange.NothingPending();
        }
        return sendConfirmation(account, new PhoneNumber(pending.get()));
    }

    private PhoneNumberChange sendConfirmation(AccountRecord account, PhoneNumber number) {
        AccountId id = account.id();
        Instant now = clock.instant();
        Optional<Row> row = row(id);
        Long lastSent = row.map(Row::sentAt).orElse(null);
        if (lastSent != null) {
            Instant allowed = Instant.ofEpochMilli(lastSent).plus(JdbcTwoFactor.RESEND_INTERVAL);
            if (now.isBefore(allowed)) {
                return new PhoneNumberChange.Throttled(allowed);
            }
        }
        String code = Secrets.randomDigits(6);
        String salt = HexFormat.of().formatHex(Secrets.randomBytes(16));
        String hash = Secrets.sha256(salt, code);
        Instant expires = now.plus(JdbcTwoFactor.CODE_LIFETIME);
        boolean stored;
        if (row.isPresent()) {
            // Compare-and-set on sent_at so that two nodes cannot both pass the throttle.
            String set = "UPDATE " + table + " SET pending_phone = ?, salt = ?, code_hash = ?, sent_at = ?,"
                    + " expires_at = ?, attempts = 0 WHERE account_id = ? AND ";
            stored = (lastSent == null
                    ? db.update(set + "sent_at IS NULL", number.e164(), salt, hash, now.toEpochMilli(),
                            expires.toEpochMilli(), id.toString())
                    : db.update(set + "sent_at = ?", number.e164(), salt, hash, now.toEpochMilli(),
                            expires.toEpochMilli(), id.toString(), lastSent)) == 1;
        } else {
            stored = db.insertUnlessConflict("INSERT INTO " + table + " (account_id, pending_phone, salt, code_hash,"
                    + " sent_at, expires_at, attempts) VALUES (?, ?, ?, ?, ?, ?, 0)", id.toString(), number.e164(),
                    salt, hash, now.toEpochMilli(), expires.toEpochMilli());
        }
        if (!stored) {
            return new PhoneNumberChange.Throttled(now.plus(JdbcTwoFactor.RESEND_INTERVAL));
        }
        boolean delivered = false;
        try {
            delivered = sender.send(new CodeMessage(account.view(now), CodeChannel.SMS, number.e164(), code,
                    CodeMessage.Purpose.PHONE_CONFIRMATION));
        } finally {
            if (!delivered) {
                // Withdraw the code and the number, and give the throttle back: nothing reached the phone.
                db.update("UPDATE " + table + " SET pending_phone = NULL, salt = NULL, code_hash = NULL,"
                        + " expires_at = NULL, attempts = 0, sent_at = ? WHERE account_id = ? AND code_hash = ?",
                        Database.nullableLong(lastSent), id.toString(), hash);
                audit.append(new AuditEvent(AuditAction.CODE_NOT_DELIVERED, id, null, "SMS phone-confirmation"));
            }
        }
        if (!delivered) {
            return new PhoneNumberChange.NotDelivered();
        }
        audit.append(new AuditEvent(AuditAction.CODE_SENT, id, null, "SMS phone-confirmation"));
        return new PhoneNumberChange.CodeSent(number, expires);
    }

    @Override
    public SecondFactorOutcome confirm(AccountId id, String code) {
        AccountRecord account = account(id);
        Objects.requireNonNull(code, "code");
        long now = clock.millis();
        Optional<Row> found = row(id);
        if (found.isEmpty() || found.get().pendingPhone() == null || found.get().codeHash() == null) {
            return refuse(id, SecondFactorRefusal.NO_CODE_PENDING);
        }
        Row row = found.get();
        if (row.expiresAt() <= now) {
            return refuse(id, SecondFactorRefusal.EXPIRED);
        }
        if (!lockout.enter(account, AttemptChannel.CODE)) {
            return refuse(id, SecondFactorRefusal.LOCKED);
        }
        // Spend one attempt of this very code atomically before comparing.
        if (db.update("UPDATE " + table + " SET attempts = attempts + 1 WHERE account_id = ? AND code_hash = ?"
                + " AND attempts < ? AND expires_at > ?", id.toString(), row.codeHash(), JdbcTwoFactor.CODE_ATTEMPTS,
                now) != 1) {
            lockout.failed(account);
            return refuse(id, SecondFactorRefusal.TOO_MANY_ATTEMPTS);
        }
        String hash = Secrets.sha256(row.salt(), code.replace(" ", "").strip());
        if (!OneTimePassword.sameCode(row.codeHash(), hash)
                || db.update("UPDATE " + table + " SET phone = pending_phone, confirmed_at = ?, pending_phone = NULL,"
                        + " salt = NULL, code_hash = NULL, expires_at = NULL, attempts = 0"
                        + " WHERE account_id = ? AND code_hash = ?", now, id.toString(), hash) != 1) {
            lockout.failed(account);
            return refuse(id, SecondFactorRefusal.WRONG_CODE);
        }
        lockout.succeeded(account, AttemptChannel.CODE);
        if (row.phone() == null) {
            audit.append(new AuditEvent(AuditAction.PHONE_NUMBER_SET, id, null, "confirmed by SMS code"));
        } else {
            audit.append(new AuditEvent(AuditAction.PHONE_NUMBER_CHANGED, id, null, row.phone()
                    .equals(row.pendingPhone()) ? "same number confirmed again" : "new number confirmed by SMS code"));
        }
        return new SecondFactorOutcome.Accepted();
    }

    private SecondFactorOutcome refuse(AccountId id, SecondFactorRefusal reason) {
        audit.append(new AuditEvent(AuditAction.SECOND_FACTOR_REFUSED, id, null, "phone-confirmation " + reason.name()));
        return new SecondFactorOutcome.Refused(reason);
    }

    @Override
    public Optional<PhoneNumber> confirmed(AccountId id) {
        Objects.requireNonNull(id, "account");
        return row(id).map(Row::phone).map(PhoneNumber::new);
    }

    @Override
    public Optional<PhoneNumber> pending(AccountId id) {
        Objects.requireNonNull(id, "account");
        return row(id).map(Row::pendingPhone).map(PhoneNumber::new);
    }

    @Override
    public boolean remove(AccountId id) {
        account(id);
        Optional<Row> row = row(id);
        if (row.isEmpty() || row.get().phone() == null && row.get().pendingPhone() == null) {
            return false;
        }
        // sent_at stays, so removing and adding again does not get round the one-text-per-minute throttle.
        int removed = db.update("UPDATE " + table + " SET phone = NULL, confirmed_at = NULL, pending_phone = NULL,"
                + " salt = NULL, code_hash = NULL, expires_at = NULL, attempts = 0 WHERE account_id = ?"
                + " AND (phone IS NOT NULL OR pending_phone IS NOT NULL)", id.toString());
        if (removed == 0) {
            return false;
        }
        audit.append(new AuditEvent(AuditAction.PHONE_NUMBER_REMOVED, id, null,
                row.get().phone() != null ? "confirmed number removed" : "unconfirmed number removed"));
        return true;
    }
}
