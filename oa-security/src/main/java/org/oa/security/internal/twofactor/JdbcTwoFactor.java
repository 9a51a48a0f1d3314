package org.oa.security.internal.twofactor;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
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
import org.oa.security.twofactor.CodeDispatch;
import org.oa.security.twofactor.CodeMessage;
import org.oa.security.twofactor.CodeSender;
import org.oa.security.twofactor.PhoneNumber;
import org.oa.security.twofactor.SecondFactorOutcome;
import org.oa.security.twofactor.SecondFactorRefusal;
import org.oa.security.twofactor.TotpConfirmation;
import org.oa.security.twofactor.TotpEnrollment;
import org.oa.security.twofactor.TwoFactor;

/**
 * Second factors over JDBC. The TOTP secret is stored as Base32 (it must be readable to compute codes); the
 * last accepted time step makes every step single use through a compare-and-set UPDATE. Recovery codes (80
 * bits) and one-time codes are stored as SHA-256 hashes only. Thread-safe.
 */
public final class JdbcTwoFactor implements TwoFactor {

    /** How long an e-mail/SMS code works. */
    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    /** Minimum time between two sends to one account. */
    public static final Duration RESEND_INTERVAL = Duration.ofMinutes(1);
    /** Wrong tries one e-mail/SMS code survives. */
    public static final int CODE_ATTEMPTS = 5;
    /** Recovery codes issued at a time. */
    public static final int RECOVERY_CODES = 10;

    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final Database db;
    private final AccountStore accounts;
    private final LockoutGate lockout;
    private final JdbcAuditTrail audit;
    private final CodeSender sender;
    private final JdbcPhoneNumbers phones;
    private final SecretSealer sealer;
    private final String issuer;
    private final Clock clock;

    /**
     * @param db       the database
     * @param accounts account rows
     * @param lockout  the lockout protocol shared with passwords
     * @param audit    the trail
     * @param sender   delivers e-mail/SMS codes
     * @param phones   the confirmed phone numbers SMS codes go to
     * @param sealer   seals TOTP secrets at rest (or not, without a key)
     * @param issuer   the issuer name shown in authenticator apps
     * @param clock    the time source
     */
    public JdbcTwoFactor(Database db, AccountStore accounts, LockoutGate lockout, JdbcAuditTrail audit,
            CodeSender sender, JdbcPhoneNumbers phones, SecretSealer sealer, String issuer, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.phones = Objects.requireNonNull(phones, "phones");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private AccountRecord account(AccountId id) {
        Objects.requireNonNull(id, "account");
        return accounts.find(id).orElseThrow(() -> new OaSecurityException("no such account"));
    }

    @Override
    public TotpEnrollment enrollTotp(AccountId id) {
        if (totpEnabled(id)) {
            throw new IllegalStateException("an authenticator app is already confirmed: replaceTotp after step-up");
        }
        return replaceTotp(id);
    }

    @Override
    public TotpEnrollment replaceTotp(AccountId id) {
        AccountRecord account = account(id);
        String secret = Base32.encode(Secrets.randomBytes(20));
        String table = db.table("totp_credential");
        // The pending secret sits beside a confirmed one, which keeps working until the new one is confirmed.
        storeSecret(table, id, sealer.seal(secret, id.toString()), false);
        return enrollment(account, secret);
    }

    @Override
    public TotpEnrollment provisionTotp(AccountId id, String base32Secret) {
        AccountRecord account = account(id);
        byte[] key;
        try {
            key = base32Secret == null ? Secrets.randomBytes(20) : Base32.decode(base32Secret);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("base32Secret is not Base32");
        }
        if (key.length < 16) {
            throw new IllegalArgumentException("base32Secret must hold at least 128 bits");
        }
        String secret = Base32.encode(key);
        String table = db.table("totp_credential");
        storeSecret(table, id, sealer.seal(secret, id.toString()), true);
        audit.append(new AuditEvent(AuditAction.TOTP_ENROLLED, id, null, "provisioned"));
        return enrollment(account, secret);
    }

    /**
     * Stores a sealed secret as the account's pending one (waiting for its first code) or, when {@code confirmed},
     * as its working one; creates the row when there is none (another node may create it at the same moment).
     */
    private void storeSecret(String table, AccountId id, String sealed, boolean confirmed) {
        String update = confirmed
                ? "UPDATE " + table + " SET secret = ?, pending_secret = NULL, last_step = -1 WHERE account_id = ?"
                : "UPDATE " + table + " SET pending_secret = ? WHERE account_id = ?";
        if (db.update(update, sealed, id.toString()) == 0
                && !db.insertUnlessConflict("INSERT INTO " + table + " (account_id, secret, pending_secret,"
                        + " last_step, created_at) VALUES (?, ?, ?, -1, ?)", id.toString(),
                        confirmed ? sealed : null, confirmed ? null : sealed, clock.millis())) {
            db.update(update, sealed, id.toString());
        }
    }

    private TotpEnrollment enrollment(AccountRecord account, String secret) {
        String label = URLEncoder.encode(issuer + ":" + account.username(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer="
                + URLEncoder.encode(issuer, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=6&period=30";
        return new TotpEnrollment(secret, uri, QrCodes.png(uri, 300));
    }

    @Override
    public TotpConfirmation confirmTotp(AccountId id, String code) {
        AccountRecord account = account(id);
        String table = db.table("totp_credential");
        Optional<String> pending = db.queryOne("SELECT pending_secret FROM " + table
                + " WHERE account_id = ? AND pending_secret IS NOT NULL", row -> row.getString(1), id.toString());
        if (pending.isEmpty()) {
            return new TotpConfirmation.Refused(SecondFactorRefusal.NOT_ENROLLED);
        }
        String open = sealer.open(pending.get(), id.toString());
        if (!lockout.enter(account, AttemptChannel.CODE)) {
            return new TotpConfirmation.Refused(SecondFactorRefusal.LOCKED);
        }
        long step = matchingStep(open, code);
        if (step < 0) {
            lockout.failed(account);
            audit.append(new AuditEvent(AuditAction.SECOND_FACTOR_REFUSED, id, null, "totp-enrolment WRONG_CODE"));
            return new TotpConfirmation.Refused(SecondFactorRefusal.WRONG_CODE);
        }
        if (db.update("UPDATE " + table + " SET secret = pending_secret, pending_secret = NULL, last_step = ?"
                + " WHERE account_id = ? AND pending_secret = ?", step, id.toString(), pending.get()) != 1) {
            lockout.failed(account);
            return new TotpConfirmation.Refused(SecondFactorRefusal.NOT_ENROLLED);
        }
        lockout.succeeded(account, AttemptChannel.CODE);
        audit.append(new AuditEvent(AuditAction.TOTP_ENROLLED, id, null, ""));
        return new TotpConfirmation.Confirmed(regenerateRecoveryCodes(id));
    }

    @Override
    public boolean totpEnabled(AccountId id) {
        return db.queryLong("SELECT COUNT(*) FROM " + db.table("totp_credential")
                + " WHERE account_id = ? AND secret IS NOT NULL", id.toString()) == 1;
    }

    @Override
    public SecondFactorOutcome verifyTotp(AccountId id, String code) {
        AccountRecord account = account(id);
        Objects.requireNonNull(code, "code");
        String table = db.table("totp_credential");
        Optional<String> secret = db.queryOne("SELECT secret FROM " + table
                + " WHERE account_id = ? AND secret IS NOT NULL", row -> row.getString(1), id.toString());
        if (secret.isEmpty()) {
            return refuse(id, "totp", SecondFactorRefusal.NOT_ENROLLED);
        }
        String open = sealer.open(secret.get(), id.toString());
        if (!lockout.enter(account, AttemptChannel.CODE)) {
            return refuse(id, "totp", SecondFactorRefusal.LOCKED);
        }
        long step = matchingStep(open, code);
        if (step < 0) {
            lockout.failed(account);
            return refuse(id, "totp", SecondFactorRefusal.WRONG_CODE);
        }
        // Each step once: only a step later than the last accepted one is taken, atomically across nodes.
        if (db.update("UPDATE " + table + " SET last_step = ? WHERE account_id = ? AND secret IS NOT NULL"
                + " AND last_step < ?", step, id.toString(), step) != 1) {
            lockout.failed(account);
            return refuse(id, "totp", SecondFactorRefusal.REPLAYED);
        }
        lockout.succeeded(account, AttemptChannel.CODE);
        audit.append(new AuditEvent(AuditAction.SECOND_FACTOR_SUCCEEDED, id, null, "totp"));
        return new SecondFactorOutcome.Accepted();
    }

    /** @return the latest step (previous, current or next) whose code matches, or -1 */
    private long matchingStep(String secretBase32, String code) {
        String typed = code == null ? "" : code.replace(" ", "");
        if (typed.length() != 6 || !typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        byte[] key = Base32.decode(secretBase32);
        long now = OneTimePassword.step(Math.floorDiv(clock.millis(), 1000L));
        long found = -1;
        for (long step = now - 1; step <= now + 1; step++) {
            if (OneTimePassword.sameCode(OneTimePassword.totp(key, step), typed)) {
                found = step;
            }
        }
        return found;
    }

    @Override
    public SecondFactorOutcome verifyRecoveryCode(AccountId id, String code) {
        AccountRecord account = account(id);
        Objects.requireNonNull(code, "code");
        if (!lockout.enter(account, AttemptChannel.CODE)) {
            return refuse(id, "recovery-code", SecondFactorRefusal.LOCKED);
        }
        String normalized = code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
        int used = db.update("UPDATE " + db.table("recovery_code") + " SET used_at = ?"
                + " WHERE account_id = ? AND code_hash = ? AND used_at IS NULL", clock.millis(), id.toString(),
                Secrets.sha256("recovery", id.toString(), normalized));
        if (used != 1) {
            lockout.failed(account);
            return refuse(id, "recovery-code", SecondFactorRefusal.WRONG_CODE);
        }
        lockout.succeeded(account, AttemptChannel.CODE);
        audit.append(new AuditEvent(AuditAction.SECOND_FACTOR_SUCCEEDED, id, null, "recovery-code"));
        return new SecondFactorOutcome.Accepted();
    }

    @Override
    public List<String> regenerateRecoveryCodes(AccountId id) {
        account(id);
        String table = db.table("recovery_code");
        db.update("DELETE FROM " + table + " WHERE account_id = ?", id.toString());
        List<String> codes = new ArrayList<>();
        long now = clock.millis();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = recoveryCode();
            codes.add(code);
            db.update("INSERT INTO " + table + " (id, account_id, code_hash, created_at) VALUES (?, ?, ?, ?)",
                    UUID.randomUUID().toString(), id.toString(),
                    Secrets.sha256("recovery", id.toString(), code.replace("-", "")), now);
        }
        audit.append(new AuditEvent(AuditAction.RECOVERY_CODES_ISSUED, id, null, Integer.toString(RECOVERY_CODES)));
        return List.copyOf(codes);
    }

    /** @return 16 characters from a 31-letter alphabet (about 79 bits) in four groups, e.g. abcd-efgh-jkmn-pqrs */
    private static String recoveryCode() {
        String raw = Secrets.randomString(RECOVERY_ALPHABET, 16);
        return raw.substring(0, 4) + '-' + raw.substring(4, 8) + '-' + raw.substring(8, 12) + '-' + raw.substring(12);
    }

    @Override
    public boolean disableTotp(AccountId id) {
        account(id);
        int removed = db.update("DELETE FROM " + db.table("totp_credential") + " WHERE account_id = ?"
                + " AND secret IS NOT NULL", id.toString());
        db.update("DELETE FROM " + db.table("totp_credential") + " WHERE account_id = ?", id.toString());
        db.update("DELETE FROM " + db.table("recovery_code") + " WHERE account_id = ?", id.toString());
        if (removed > 0) {
            audit.append(new AuditEvent(AuditAction.TOTP_DISABLED, id, null, ""));
        }
        return removed > 0;
    }

    @Override
    public CodeDispatch sendCode(AccountId id, CodeChannel channel) {
        AccountRecord account = account(id);
        Objects.requireNonNull(channel, "channel");
        String to;
        if (channel == CodeChannel.SMS) {
            Optional<PhoneNumber> phone = phones.confirmed(id);
            if (phone.isEmpty()) {
                return new CodeDispatch.NotSent(CodeDispatch.Reason.NO_PHONE_NUMBER);
            }
            to = phone.get().e164();
        } else {
            to = account.email();
        }
        String table = db.table("one_time_code");
        Instant now = clock.instant();
        Optional<Long> lastSent = db.queryOne("SELECT sent_at FROM " + table + " WHERE account_id = ?",
                row -> row.getLong(1), id.toString());
        if (lastSent.isPresent()) {
            Instant allowed = Instant.ofEpochMilli(lastSent.get()).plus(RESEND_INTERVAL);
            if (now.isBefore(allowed)) {
                return new CodeDispatch.Throttled(allowed);
            }
        }
        String code = Secrets.randomDigits(6);
        String salt = java.util.HexFormat.of().formatHex(Secrets.randomBytes(16));
        String hash = Secrets.sha256(salt, code);
        Instant expires = now.plus(CODE_LIFETIME);
        boolean replaced;
        if (lastSent.isPresent()) {
            // Compare-and-set on sent_at so two nodes cannot both pass the throttle.
            replaced = db.update("UPDATE " + table + " SET channel = ?, salt = ?, code_hash = ?, sent_at = ?,"
                    + " expires_at = ?, attempts = 0 WHERE account_id = ? AND sent_at = ?", channel.name(), salt,
                    hash, now.toEpochMilli(), expires.toEpochMilli(), id.toString(), lastSent.get()) == 1;
        } else {
            replaced = db.insertUnlessConflict("INSERT INTO " + table + " (channel, salt, code_hash, sent_at,"
                    + " expires_at, account_id) VALUES (?, ?, ?, ?, ?, ?)", channel.name(), salt, hash,
                    now.toEpochMilli(), expires.toEpochMilli(), id.toString());
        }
        if (!replaced) {
            return new CodeDispatch.Throttled(now.plus(RESEND_INTERVAL));
        }
        boolean delivered = false;
        try {
            delivered = sender.send(new CodeMessage(account.view(now), channel, to, code, CodeMessage.Purpose.SIGN_IN));
        } finally {
            if (!delivered) {
                // Nothing reached the user: withdraw the code, which also lets them ask again at once.
                db.update("DELETE FROM " + table + " WHERE account_id = ? AND code_hash = ?", id.toString(), hash);
                audit.append(new AuditEvent(AuditAction.CODE_NOT_DELIVERED, id, null, channel.name()));
            }
        }
        if (!delivered) {
            return new CodeDispatch.NotSent(CodeDispatch.Reason.NOT_DELIVERED);
        }
        audit.append(new AuditEvent(AuditAction.CODE_SENT, id, null, channel.name()));
        return new CodeDispatch.Sent(expires);
    }

    @Override
    public SecondFactorOutcome verifyCode(AccountId id, String code) {
        AccountRecord account = account(id);
        Objects.requireNonNull(code, "code");
        String table = db.table("one_time_code");
        long now = clock.millis();
        Optional<String[]> row = db.queryOne("SELECT salt, code_hash, expires_at, attempts FROM " + table
                + " WHERE account_id = ?", r -> new String[] {r.getString(1), r.getString(2),
                    Long.toString(r.getLong(3)), Integer.toString(r.getInt(4))}, id.toString());
        if (row.isEmpty()) {
            return refuse(id, "code", SecondFactorRefusal.NO_CODE_PENDING);
        }
        if (Long.parseLong(row.get()[2]) <= now) {
            return refuse(id, "code", SecondFactorRefusal.EXPIRED);
        }
        if (!lockout.enter(account, AttemptChannel.CODE)) {
            return refuse(id, "code", SecondFactorRefusal.LOCKED);
        }
        // Spend one attempt atomically before comparing.
        if (db.update("UPDATE " + table + " SET attempts = attempts + 1 WHERE account_id = ? AND attempts < ?"
                + " AND expires_at > ?", id.toString(), CODE_ATTEMPTS, now) != 1) {
            lockout.failed(account);
            return refuse(id, "code", SecondFactorRefusal.TOO_MANY_ATTEMPTS);
        }
        String typed = code.replace(" ", "");
        String hash = Secrets.sha256(row.get()[0], typed);
        if (!OneTimePassword.sameCode(row.get()[1], hash)
                || db.update("DELETE FROM " + table + " WHERE account_id = ? AND code_hash = ?", id.toString(),
                        hash) != 1) {
            lockout.failed(account);
            return refuse(id, "code", SecondFactorRefusal.WRONG_CODE);
        }
        lockout.succeeded(account, AttemptChannel.CODE);
        audit.append(new AuditEvent(AuditAction.SECOND_FACTOR_SUCCEEDED, id, null, "code"));
        return new SecondFactorOutcome.Accepted();
    }

    private SecondFactorOutcome refuse(AccountId id, String method, SecondFactorRefusal reason) {
        audit.append(new AuditEvent(AuditAction.SECOND_FACTOR_REFUSED, id, null, method + " " + reason.name()));
        return new SecondFactorOutcome.Refused(reason);
    }
}
