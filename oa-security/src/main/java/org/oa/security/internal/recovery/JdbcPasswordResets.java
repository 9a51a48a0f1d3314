package org.oa.security.internal.recovery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.oa.security.account.AccountId;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;
import org.oa.security.internal.account.AccountRecord;
import org.oa.security.internal.account.AccountStore;
import org.oa.security.internal.account.JdbcAccounts;
import org.oa.security.internal.account.Usernames;
import org.oa.security.internal.audit.JdbcAuditTrail;
import org.oa.security.internal.jdbc.Database;
import org.oa.security.internal.credential.Secrets;
import org.oa.security.password.PasswordChange;
import org.oa.security.recovery.IssuedReset;
import org.oa.security.recovery.PasswordResets;
import org.oa.security.recovery.ResetOutcome;

/** Reset tokens in {@code reset_token}, stored as SHA-256 of the token. Thread-safe. */
public final class JdbcPasswordResets implements PasswordResets {

    /** How long a token works. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);
    /** Minimum time between two tokens for one account, so the reset page cannot be used to flood a mailbox. */
    public static final Duration REQUEST_INTERVAL = Duration.ofMinutes(1);

    private final Database db;
    private final String table;
    private final String answers;
    private final AccountStore accounts;
    private final JdbcAccounts passwords;
    private final JdbcAuditTrail audit;
    private final Clock clock;

    /**
     * @param db        the database
     * @param accounts  account rows
     * @param passwords policy-checked password replacement
     * @param audit     the trail
     * @param clock     the time source
     */
    public JdbcPasswordResets(Database db, AccountStore accounts, JdbcAccounts passwords, JdbcAuditTrail audit,
            Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.table = db.table("reset_token");
        this.answers = db.table("security_answer");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.passwords = Objects.requireNonNull(passwords, "passwords");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<IssuedReset> request(String username) {
        Objects.requireNonNull(username, "username");
        Optional<AccountRecord> found = accounts.findByUsername(Usernames.normalize(username));
        if (found.isEmpty() || found.get().disabled()) {
            return Optional.empty();
        }
        AccountRecord account = found.get();
        Instant now = clock.instant();
        long recent = db.queryLong("SELECT COUNT(*) FROM " + table + " WHERE account_id = ? AND created_at > ?",
                account.id().toString(), now.minus(REQUEST_INTERVAL).toEpochMilli());
        if (recent > 0) {
            return Optional.empty();
        }
        // Earlier unused tokens stop working: only the newest link is valid.
        db.update("UPDATE " + table + " SET used_at = ? WHERE account_id = ? AND used_at IS NULL", now.toEpochMilli(),
                account.id().toString());
        String token = Secrets.urlToken();
        Instant expires = now.plus(LIFETIME);
        db.update("INSERT INTO " + table + " (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
                hash(token), account.id().toString(), now.toEpochMilli(), expires.toEpochMilli());
        audit.append(new AuditEvent(AuditAction.PASSWORD_RESET_REQUESTED, account.id(), null, ""));
        return Optional.of(new IssuedReset(account.view(now), token, expires));
    }

    @Override
    public ResetOutcome complete(String token, char[] newPassword) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(newPassword, "newPassword");
        long now = clock.millis();
        String hash = hash(token);
        Optional<String[]> account = db.queryOne("SELECT account_id, questions_passed_at FROM " + table
                + " WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
                row -> new String[] {row.getString(1), row.getString(2)}, hash, now);
        if (account.isEmpty()) {
            return new ResetOutcome.InvalidToken();
        }
        AccountId id = AccountId.parse(account.get()[0].trim());
        // Security questions are an extra factor: with them, the link alone is not enough.
        if (account.get()[1] == null && db.queryLong("SELECT COUNT(*) FROM " + answers + " WHERE account_id = ?",
                id.toString()) > 0) {
            return new ResetOutcome.QuestionsUnanswered();
        }
        PasswordChange change = passwords.checkReplacement(id, newPassword);
        if (change instanceof PasswordChange.Rejected rejected) {
            return new ResetOutcome.Rejected(rejected.violations());
        }
        // Consume first (compare-and-set), so two concurrent uses cannot both change the password.
        if (db.update("UPDATE " + table + " SET used_at = ? WHERE token_hash = ? AND used_at IS NULL"
                + " AND expires_at > ?", now, hash, now) != 1) {
            return new ResetOutcome.InvalidToken();
        }
        PasswordChange result = passwords.replace(id, newPassword, "reset-token");
        if (result instanceof PasswordChange.Rejected rejected) {
            return new ResetOutcome.Rejected(rejected.violations());
        }
        accounts.unlock(id);
        return new ResetOutcome.Completed(id);
    }

    private static String hash(String token) {
        return tokenHash(token);
    }

    /**
     * @param token a reset token as sent
     * @return how {@code reset_token.token_hash} stores it
     */
    public static String tokenHash(String token) {
        return Secrets.sha256("reset", token);
    }
}
