package org.oa.security.internal.sftp;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.oa.security.OaSecurityException;
import org.oa.security.account.AccountId;
import org.oa.security.account.Role;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;
import org.oa.security.internal.account.AccountRecord;
import org.oa.security.internal.account.AccountStore;
import org.oa.security.internal.account.AttemptChannel;
import org.oa.security.internal.account.LockoutGate;
import org.oa.security.internal.audit.JdbcAuditTrail;
import org.oa.security.internal.credential.PasswordHasher;
import org.oa.security.internal.jdbc.Database;
import org.oa.security.internal.credential.Secrets;
import org.oa.security.login.RefusalReason;
import org.oa.security.sftp.SftpCredentials;
import org.oa.security.sftp.SftpLoginOutcome;
import org.oa.security.sftp.SftpSecret;

/** SFTP credentials in {@code sftp_credential}, one per account. Thread-safe. */
public final class JdbcSftpCredentials implements SftpCredentials {

    private static final String USERNAME_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final String SECRET_ALPHABET =
            "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.";

    private final Database db;
    private final String table;
    private final AccountStore accounts;
    private final LockoutGate lockout;
    private final PasswordHasher hasher;
    private final JdbcAuditTrail audit;
    private final Clock clock;

    /**
     * @param db       the database
     * @param accounts account rows
     * @param lockout  the lockout protocol shared with the web sign-in
     * @param hasher   argon2id hashing
     * @param audit    the trail
     * @param clock    the time source
     */
    public JdbcSftpCredentials(Database db, AccountStore accounts, LockoutGate lockout, PasswordHasher hasher,
            JdbcAuditTrail audit, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.table = db.table("sftp_credential");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SftpSecret issue(AccountId id) {
        Objects.requireNonNull(id, "account");
        AccountRecord account = accounts.find(id).orElseThrow(() -> new OaSecurityException("no such account"));
        if (account.practiceId() == null || account.roles().contains(Role.PATIENT)) {
            throw new OaSecurityException("SFTP credentials are for practice staff only");
        }
        String secret = random(SECRET_ALPHABET, 24);
        String hash = hasher.hash(secret.toCharArray());
        for (int attempt = 0; attempt < 10; attempt++) {
            String username = "oa-" + random(USERNAME_ALPHABET, 10);
            db.update("DELETE FROM " + table + " WHERE account_id = ?", id.toString());
            if (db.insertUnlessConflict("INSERT INTO " + table + " (account_id, sftp_username, secret_hash,"
                    + " issued_at) VALUES (?, ?, ?, ?)", id.toString(), username, hash, clock.millis())) {
                audit.append(new AuditEvent(AuditAction.SFTP_CREDENTIAL_ISSUED, id, null, username));
                return new SftpSecret(username, secret);
            }
        }
        throw new OaSecurityException("could not issue an SFTP credential: username collisions");
    }

    @Override
    public void provision(AccountId id, String username, char[] secret) {
        Objects.requireNonNull(id, "account");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(secret, "secret");
        if (!username.matches("[a-z0-9._-]{3,32}")) {
            throw new IllegalArgumentException("username must be 3-32 of a-z, 0-9, '.', '-', '_'");
        }
        if (secret.length < 12) {
            throw new IllegalArgumentException("secret must be at least 12 characters");
        }
        AccountRecord account = accounts.find(id).orElseThrow(() -> new OaSecurityException("no such account"));
        if (account.practiceId() == null || account.roles().contains(Role.PATIENT)) {
            throw new OaSecurityException("SFTP credentials are for practice staff only");
        }
        String hash = hasher.hash(secret);
        db.update("DELETE FROM " + table + " WHERE account_id = ?", id.toString());
        if (!db.insertUnlessConflict("INSERT INTO " + table + " (account_id, sftp_username, secret_hash,"
                + " issued_at) VALUES (?, ?, ?, ?)", id.toString(), username, hash, clock.millis())) {
            throw new OaSecurityException("SFTP username already in use");
        }
        audit.append(new AuditEvent(AuditAction.SFTP_CREDENTIAL_ISSUED, id, null, username));
    }

    @Override
    public SftpLoginOutcome authenticate(String sftpUsername, char[] secret) {
        Objects.requireNonNull(sftpUsername, "sftpUsername");
        Objects.requireNonNull(secret, "secret");
        Optional<String[]> row = db.queryOne("SELECT account_id, secret_hash FROM " + table
                + " WHERE sftp_username = ?", r -> new String[] {r.getString(1).trim(), r.getString(2)},
                sftpUsername);
        if (row.isEmpty()) {
            hasher.verifyDummy(secret);
            return refuse(null, RefusalReason.UNKNOWN_USERNAME);
        }
        AccountId id = AccountId.parse(row.get()[0]);
        Optional<AccountRecord> found = accounts.find(id);
        if (found.isEmpty() || found.get().disabled()) {
            hasher.verifyDummy(secret);
            return refuse(id, RefusalReason.DISABLED);
        }
        AccountRecord account = found.get();
        if (!lockout.enter(account, AttemptChannel.SFTP)) {
            hasher.imitateVerification();
            return refuse(id, RefusalReason.LOCKED);
        }
        if (!hasher.verify(secret, row.get()[1])) {
            lockout.failed(account);
            return refuse(id, RefusalReason.WRONG_PASSWORD);
        }
        lockout.succeeded(account, AttemptChannel.SFTP);
        audit.append(new AuditEvent(AuditAction.SFTP_LOGIN_SUCCEEDED, id, null, ""));
        return new SftpLoginOutcome.Success(account.view(clock.instant()));
    }

    @Override
    public boolean revoke(AccountId id) {
        Objects.requireNonNull(id, "account");
        return db.update("DELETE FROM " + table + " WHERE account_id = ?", id.toString()) == 1;
    }

    private SftpLoginOutcome refuse(AccountId id, RefusalReason reason) {
        audit.append(new AuditEvent(AuditAction.SFTP_LOGIN_REFUSED, id, null, reason.name()));
        return new SftpLoginOutcome.Refused(reason);
    }

    private static String random(String alphabet, int length) {
        return Secrets.randomString(alphabet, length);
    }
}
