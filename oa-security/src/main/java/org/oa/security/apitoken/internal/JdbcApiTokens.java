package org.oa.security.apitoken.internal;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.oa.security.OaSecurityException;
import org.oa.security.account.AccountId;
import org.oa.security.apitoken.ApiCaller;
import org.oa.security.apitoken.ApiToken;
import org.oa.security.apitoken.ApiTokenId;
import org.oa.security.apitoken.ApiTokens;
import org.oa.security.apitoken.IssuedApiToken;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;
import org.oa.security.internal.audit.JdbcAuditTrail;
import org.oa.security.internal.credential.Secrets;
import org.oa.security.internal.jdbc.Database;

/** API tokens in {@code api_token}, found by the SHA-256 hex of the token. Thread-safe. */
public final class JdbcApiTokens implements ApiTokens {

    private static final Pattern TOKEN = Pattern.compile("oa_[A-Za-z0-9_-]{32,200}");
    /** Uses closer together than this do not rewrite {@code last_used_at}: one write per token per minute. */
    private static final long LAST_USE_RESOLUTION_MILLIS = 60_000;

    private final Database db;
    private final String table;
    private final JdbcAuditTrail audit;
    private final Clock clock;

    /**
     * @param db    the database
     * @param audit the trail
     * @param clock the time source
     */
    public JdbcApiTokens(Database db, JdbcAuditTrail audit, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.table = db.table("api_token");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public IssuedApiToken issue(UUID practiceId, String label, AccountId createdBy) {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(createdBy, "createdBy");
        String checkedLabel = checkLabel(label);
        for (int attempt = 0; attempt < 3; attempt++) {
            String token = PREFIX + Secrets.urlToken();
            ApiTokenId id = ApiTokenId.random();
            if (insert(id, practiceId, checkedLabel, createdBy, Secrets.sha256(token))) {
                audit.append(new AuditEvent(AuditAction.API_TOKEN_ISSUED, createdBy, null, detail(practiceId, id))
                        .inPractice(practiceId));
                return new IssuedApiToken(id, token);
            }
        }
        // 256 random bits do not collide; reaching this means the random source is broken.
        throw new OaSecurityException("could not issue an API token: hash collisions");
    }

    @Override
    public ApiTokenId provision(UUID practiceId, String label, char[] token) {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(token, "token");
        String checkedLabel = checkLabel(label);
        if (!TOKEN.matcher(CharBuffer.wrap(token)).matches()) {
            throw new IllegalArgumentException("token must be 'oa_' and 32 to 200 of A-Z, a-z, 0-9, '-', '_'");
        }
        ApiTokenId id = ApiTokenId.random();
        if (!insert(id, practiceId, checkedLabel, null, hash(token))) {
            throw new OaSecurityException("API token already in use");
        }
        audit.append(new AuditEvent(AuditAction.API_TOKEN_ISSUED, null, null, detail(practiceId, id))
                .inPractice(practiceId));
        return id;
    }

    @Override
    public Optional<ApiCaller> authenticate(char[] token) {
        Objects.requireNonNull(token, "token");
        if (!TOKEN.matcher(CharBuffer.wrap(token)).matches()) {
            return refuse("malformed", null);
        }
        Optional<String[]> row = db.queryOne("SELECT id, practice_id, revoked_at, last_used_at FROM " + table
                + " WHERE token_hash = ?", r -> new String[] {r.getString(1).trim(), r.getString(2).trim(),
                        r.getObject(3) == null ? null : "revoked",
                        r.getObject(4) == null ? null : Long.toString(r.getLong(4))}, hash(token));
        if (row.isEmpty()) {
            return refuse("unknown", null);
        }
        String[] found = row.get();
        ApiTokenId id = ApiTokenId.parse(found[0]);
        UUID practice = UUID.fromString(found[1]);
        if (found[2] != null) {
            return refuse("revoked " + detail(practice, id), practice);
        }
        long now = clock.millis();
        if (found[3] == null || Long.parseLong(found[3]) <= now - LAST_USE_RESOLUTION_MILLIS) {
            db.update("UPDATE " + table + " SET last_used_at = ? WHERE id = ?", now, id.toString());
        }
        return Optional.of(new ApiCaller(practice, id));
    }

    @Override
    public List<ApiToken> list(UUID practiceId) {
        Objects.requireNonNull(practiceId, "practiceId");
        return db.query("SELECT id, practice_id, label, created_by, created_at, last_used_at FROM " + table
                + " WHERE practice_id = ? AND revoked_at IS NULL ORDER BY created_at DESC, id", r -> {
                    String createdBy = r.getString(4);
                    long lastUsed = r.getLong(6);
                    Instant lastUsedAt = r.wasNull() ? null : Instant.ofEpochMilli(lastUsed);
                    return new ApiToken(ApiTokenId.parse(r.getString(1).trim()),
                            UUID.fromString(r.getString(2).trim()), r.getString(3),
                            createdBy == null ? null : AccountId.parse(createdBy.trim()),
                            Instant.ofEpochMilli(r.getLong(5)), lastUsedAt);
                }, practiceId.toString());
    }

    @Override
    public boolean revoke(UUID practiceId, ApiTokenId tokenId, AccountId revokedBy) {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(tokenId, "tokenId");
        boolean revoked = db.update("UPDATE " + table + " SET revoked_at = ? WHERE id = ? AND practice_id = ?"
                + " AND revoked_at IS NULL", clock.millis(), tokenId.toString(), practiceId.toString()) == 1;
        if (revoked) {
            audit.append(new AuditEvent(AuditAction.API_TOKEN_REVOKED, revokedBy, null,
                    detail(practiceId, tokenId)).inPractice(practiceId));
        }
        return revoked;
    }

    private boolean insert(ApiTokenId id, UUID practiceId, String label, AccountId createdBy, String hash) {
        return db.insertUnlessConflict("INSERT INTO " + table + " (id, practice_id, token_hash, label, created_by,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?)", id.toString(), practiceId.toString(), hash, label,
                createdBy == null ? null : createdBy.toString(), clock.millis());
    }

    private Optional<ApiCaller> refuse(String reason, UUID practice) {
        // Never the token, not even a prefix: the detail says why and, for a revoked token, which one (and then
        // the entry belongs to the token's practice).
        AuditEvent event = new AuditEvent(AuditAction.API_TOKEN_REFUSED, null, null, reason);
        audit.append(practice == null ? event : event.inPractice(practice));
        return Optional.empty();
    }

    private static String detail(UUID practiceId, ApiTokenId id) {
        return "practice " + practiceId + " token " + id;
    }

    private static String checkLabel(String label) {
        Objects.requireNonNull(label, "label");
        String stripped = label.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_LABEL) {
            throw new IllegalArgumentException("label must be 1 to " + MAX_LABEL + " characters");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("label must not contain control characters");
        }
        return stripped;
    }

    /** The SHA-256 hex of the token's UTF-8 bytes, without turning the token into a String. */
    private static String hash(char[] token) {
        java.nio.ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(token));
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new OaSecurityException("SHA-256 is not available", e);
        } finally {
            java.util.Arrays.fill(raw, (byte) 0);
            if (bytes.hasArray()) {
                java.util.Arrays.fill(bytes.array(), (byte) 0);
            }
        }
    }
}
