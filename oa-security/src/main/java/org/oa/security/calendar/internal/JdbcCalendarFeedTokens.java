package org.oa.security.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.oa.security.OaSecurityException;
import org.oa.security.account.AccountId;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;
import org.oa.security.calendar.CalendarFeedReader;
import org.oa.security.calendar.CalendarFeedTokens;
import org.oa.security.calendar.IssuedCalendarToken;
import org.oa.security.internal.account.AccountRecord;
import org.oa.security.internal.account.AccountStore;
import org.oa.security.internal.audit.JdbcAuditTrail;
import org.oa.security.internal.credential.Secrets;
import org.oa.security.internal.jdbc.Database;

/**
 * Calendar feed tokens in {@code calendar_feed_token}, one row per account and provider, found by the SHA-256 hex
 * of the token. Thread-safe.
 */
public final class JdbcCalendarFeedTokens implements CalendarFeedTokens {

    /** What {@link Secrets#urlToken()} makes: 32 random bytes, 43 URL-safe Base64 characters. */
    private static final int TOKEN_CHARACTERS = 43;
    private static final Pattern TOKEN = Pattern.compile(Pattern.quote(PREFIX) + "[A-Za-z0-9_-]{"
            + TOKEN_CHARACTERS + "}");

    private final Database db;
    private final String table;
    private final String accountTable;
    private final AccountStore accounts;
    private final JdbcAuditTrail audit;
    private final Clock clock;

    /**
     * @param db       the database
     * @param accounts account rows
     * @param audit    the trail
     * @param clock    the time source
     */
    public JdbcCalendarFeedTokens(Database db, AccountStore accounts, JdbcAuditTrail audit, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.table = db.table("calendar_feed_token");
        this.accountTable = db.table("account");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IssuedCalendarToken regenerate(AccountId account, String providerId) {
        Objects.requireNonNull(account, "account");
        String provider = checkProvider(providerId);
        AccountRecord record = accounts.find(account).orElseThrow(() -> new OaSecurityException("no such account"));
        if (record.disabled()) {
            throw new OaSecurityException("calendar feed tokens are not issued to a disabled account");
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            String token = PREFIX + Secrets.urlToken();
            String hash = Secrets.sha256(token);
            long now = clock.millis();
            // Replacing the hash in place revokes the old token in the same statement: there is never a moment
            // with two working tokens for one account and provider.
            boolean replaced = db.update("UPDATE " + table + " SET token_hash = ?, issued_at = ?"
                    + " WHERE account_id = ? AND provider_id = ?", hash, now, account.toString(), provider) == 1;
            if (replaced) {
                audit.append(new AuditEvent(AuditAction.CALENDAR_TOKEN_REVOKED, account, null, detail(provider)));
            } else if (!db.insertUnlessConflict("INSERT INTO " + table + " (account_id, provider_id, token_hash,"
                    + " issued_at) VALUES (?, ?, ?, ?)", account.toString(), provider, hash, now)) {
                // Another node inserted the first token at the same moment: the next attempt replaces it.
                continue;
            }
            audit.append(new AuditEvent(AuditAction.CALENDAR_TOKEN_ISSUED, account, null, detail(provider)));
            return new IssuedCalendarToken(token, Instant.ofEpochMilli(now));
        }
        throw new OaSecurityException("could not issue a calendar feed token: concurrent regeneration");
    }

    @Override
    public Optional<CalendarFeedReader> verify(String presentedToken) {
        // The length check first, so that an absurdly long URL segment never reaches the pattern.
        if (presentedToken == null || presentedToken.length() != PREFIX.length() + TOKEN_CHARACTERS
                || !TOKEN.matcher(presentedToken).matches()) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(presentedToken);
        Optional<Found> row = db.queryOne("SELECT c.account_id, c.provider_id, c.token_hash, a.practice_id,"
                + " a.disabled FROM " + table + " c JOIN " + accountTable + " a ON a.id = c.account_id"
                + " WHERE c.token_hash = ?", r -> {
                    String practice = r.getString(4);
                    return new Found(AccountId.parse(r.getString(1).trim()), r.getString(2),
                            r.getString(3).trim(), practice == null ? null : UUID.fromString(practice.trim()),
                            r.getInt(5) != 0);
                }, hash);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Found found = row.get();
        // The row was found by its hash already; comparing again in constant time costs nothing and does not rely
        // on how the database compares strings.
        if (!MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                found.hash().getBytes(StandardCharsets.US_ASCII)) || found.disabled()) {
            return Optional.empty();
        }
        return Optional.of(new CalendarFeedReader(found.account(), found.practice(), found.provider()));
    }

    @Override
    public void revokeAll(AccountId account) {
        Objects.requireNonNull(account, "account");
        int revoked = db.update("DELETE FROM " + table + " WHERE account_id = ?", account.toString());
        if (revoked > 0) {
            audit.append(new AuditEvent(AuditAction.CALENDAR_TOKEN_REVOKED, account, null,
                    "all " + revoked + (revoked == 1 ? " token" : " tokens")));
        }
    }

    @Override
    public Optional<Instant> issuedAt(AccountId account, String providerId) {
        Objects.requireNonNull(account, "account");
        String provider = checkProvider(providerId);
        return db.queryOne("SELECT issued_at FROM " + table + " WHERE account_id = ? AND provider_id = ?",
                r -> Instant.ofEpochMilli(r.getLong(1)), account.toString(), provider);
    }

    private static String detail(String provider) {
        return "provider " + provider;
    }

    private static String checkProvider(String providerId) {
        Objects.requireNonNull(providerId, "providerId");
        String stripped = providerId.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_PROVIDER_ID) {
            throw new IllegalArgumentException("providerId must be 1 to " + MAX_PROVIDER_ID + " characters");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("providerId must not contain control characters");
        }
        return stripped;
    }

    /** A row found by its hash. */
    private record Found(AccountId account, String provider, String hash, UUID practice, boolean disabled) {
    }
}
