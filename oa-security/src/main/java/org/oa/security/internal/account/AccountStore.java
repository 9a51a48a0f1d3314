package org.oa.security.internal.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oa.security.account.AccountId;
import org.oa.security.account.Role;
import org.oa.security.internal.jdbc.Database;
import org.oa.security.lockout.LockoutPolicy;

/**
 * SQL for the {@code account} and {@code password_history} tables, including the lockout counter. Every
 * lockout change is one conditional UPDATE, so concurrent nodes cannot both pass a full counter. Thread-safe.
 */
public final class AccountStore {

    /** How long a reservation may be outstanding before a refused attempt applies the lock itself. */
    static final long STUCK_RESERVATION_MILLIS = 60_000;

    private final Database db;
    private final String account;
    private final String history;

    /** @param db the database */
    public AccountStore(Database db) {
        this.db = Objects.requireNonNull(db, "db");
        this.account = db.table("account");
        this.history = db.table("password_history");
    }

    private static final String COLUMNS = "id, username, display_name, email, practice_id, roles, disabled, "
            + "password_hash, failed_attempts, lock_count, locked_until";

    /**
     * @param record the new account (counters zero)
     * @param now    creation instant
     * @return {@code false} when the username is taken
     */
    public boolean insert(AccountRecord record, Instant now) {
        long millis = now.toEpochMilli();
        return db.insertUnlessConflict("INSERT INTO " + account + " (" + COLUMNS
                + ", created_at, password_changed_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 0, 0, ?, ?, ?)",
                record.id().toString(), record.username(), record.displayName(), record.email(),
                record.practiceId() == null ? null : record.practiceId().toString(), rolesText(record.roles()),
                record.passwordHash(), Database.NullLong.INSTANCE, millis, millis);
    }

    /** @return the number of accounts */
    public long count() {
        return db.queryLong("SELECT COUNT(*) FROM " + account);
    }

    /**
     * @param id the account
     * @return its row
     */
    public Optional<AccountRecord> find(AccountId id) {
        return db.queryOne("SELECT " + COLUMNS + " FROM " + account + " WHERE id = ?", AccountStore::read,
                id.toString());
    }

    /**
     * @param normalizedUsername see {@link Usernames#normalize}
     * @return the row
     */
    public Optional<AccountRecord> findByUsername(String normalizedUsername) {
        return db.queryOne("SELECT " + COLUMNS + " FROM " + account + " WHERE username = ?", AccountStore::read,
                normalizedUsername);
    }

    /**
     * @param practiceId the practice
     * @return its accounts by username, at most 10000
     */
    /**
     * @param email an e-mail address, any letter case
     * @return the accounts with that address, by username, at most 20
     */
    public List<AccountRecord> findByEmail(String email) {
        List<AccountRecord> rows = db.query("SELECT " + COLUMNS + " FROM " + account + " WHERE LOWER(email) = ?"
                + " ORDER BY username", AccountStore::read, email.strip().toLowerCase(java.util.Locale.ROOT));
        return rows.size() > 20 ? rows.subList(0, 20) : rows;
    }

    public List<AccountRecord> listByPractice(UUID practiceId) {
        List<AccountRecord> rows = db.query("SELECT " + COLUMNS + " FROM " + account + " WHERE practice_id = ?"
                + " ORDER BY username", AccountStore::read, practiceId.toString());
        return rows.size() > 10_000 ? rows.subList(0, 10_000) : rows;
    }

    /**
     * Counts an attempt before the secret is checked: increments the failure counter (and the channel's share of
     * it) if it is below the threshold and no lock is in force (an expired lock restarts the count at 1). A
     * successful check later takes the channel's failures off the counter again.
     *
     * @param id        the account
     * @param channel   where the secret is checked
     * @param threshold the policy's threshold
     * @param now       the current instant
     * @return {@code true} when the attempt may go on to the check
     */
    public boolean reserveAttempt(AccountId id, AttemptChannel channel, int threshold, Instant now) {
        long millis = now.toEpochMilli();
        StringBuilder shares = new StringBuilder();
        for (String column : AttemptChannel.COUNTED_COLUMNS) {
            int own = column.equals(channel.column()) ? 1 : 0;
            shares.append(' ').append(column).append(" = CASE WHEN locked_until IS NULL THEN ").append(column)
                    .append(" + ").append(own).append(" ELSE ").append(own).append(" END,");
        }
        return db.update("UPDATE " + account + " SET"
                + " failed_attempts = CASE WHEN locked_until IS NULL THEN failed_attempts + 1 ELSE 1 END,"
                + shares
                + " locked_until = NULL, last_attempt_at = ?"
                + " WHERE id = ? AND disabled = 0"
                + " AND ((locked_until IS NULL AND failed_attempts < ?) OR locked_until <= ?)",
                millis, id.toString(), threshold, millis) == 1;
    }

    /**
     * Locks the account if the counter has reached the threshold and no lock is in force. A compare-and-set on
     * the lock count makes exactly one caller apply each lock.
     *
     * @param id     the account
     * @param policy the practice's policy
     * @param now    the current instant
     * @param onlyIfStuck apply only when the last reservation is older than a minute (an attempt that died)
     * @return the lock end and its number when this call applied it, else empty
     */
    public Optional<AppliedLock> lockIfThresholdReached(AccountId id, LockoutPolicy policy, Instant now,
            boolean onlyIfStuck) {
        long millis = now.toEpochMilli();
        Optional<long[]> state = db.queryOne("SELECT failed_attempts, lock_count, last_attempt_at FROM " + account
                + " WHERE id = ? AND locked_until IS NULL", row -> new long[] {row.getInt(1), row.getInt(2),
                    row.getLong(3)}, id.toString());
        if (state.isEmpty() || state.get()[0] < policy.threshold()) {
            return Optional.empty();
        }
        if (onlyIfStuck && state.get()[2] > millis - STUCK_RESERVATION_MILLIS) {
            return Optional.empty();
        }
        int previousLocks = (int) state.get()[1];
        long until = millis + policy.lockDuration(previousLocks).toMillis();
        int updated = db.update("UPDATE " + account + " SET locked_until = ?, lock_count = ?"
                + " WHERE id = ? AND locked_until IS NULL AND failed_attempts >= ? AND lock_count = ?",
                until, previousLocks + 1, id.toString(), policy.threshold(), previousLocks);
        return updated == 1 ? Optional.of(new AppliedLock(Instant.ofEpochMilli(until), previousLocks + 1))
                : Optional.empty();
    }

    /**
     * A lock applied by {@link #lockIfThresholdReached}.
     *
     * @param until      when it ends
     * @param lockNumber how many locks since the last successful sign-in
     */
    public record AppliedLock(Instant until, int lockNumber) {
    }

    /**
     * After a successful check: takes the channel's failures (including this attempt's reservation) off the
     * counter; the failures of other channels stay. When none remain, the lock history is cleared too.
     *
     * @param id      the account
     * @param channel where the secret was checked
     */
    public void recordSuccess(AccountId id, AttemptChannel channel) {
        // Every right-hand side reads the row as it was before this update (SQL semantics, Derby and PostgreSQL).
        String remaining = channel.column() == null
                ? String.join(" + ", AttemptChannel.COUNTED_COLUMNS)
                : "failed_attempts - " + channel.column();
        String clearShare = channel.column() == null ? "" : ", " + channel.column() + " = 0";
        db.update("UPDATE " + account + " SET failed_attempts = " + remaining + clearShare
                + ", lock_count = CASE WHEN " + remaining + " <= 0 THEN 0 ELSE lock_count END"
                + ", locked_until = CASE WHEN " + remaining + " <= 0 THEN NULL ELSE locked_until END"
                + " WHERE id = ?", id.toString());
    }

    /**
     * @param id the account
     * @return {@code true} if it exists
     */
    public boolean unlock(AccountId id) {
        return db.update("UPDATE " + account + " SET failed_attempts = 0, "
                + String.join(" = 0, ", AttemptChannel.COUNTED_COLUMNS) + " = 0,"
                + " lock_count = 0, locked_until = NULL WHERE id = ?", id.toString()) == 1;
    }

    /**
     * @param id       the account
     * @param disabled the new flag
     * @return {@code true} if it exists
     */
    public boolean setDisabled(AccountId id, boolean disabled) {
        return db.update("UPDATE " + account + " SET disabled = ? WHERE id = ?", disabled ? 1 : 0,
                id.toString()) == 1;
    }

    /**
     * Replaces the stored hash after a rehash with new parameters (the password itself is unchanged).
     *
     * @param id      the account
     * @param oldHash the hash that was verified (compare-and-set)
     * @param newHash the new hash
     */
    public void replaceHash(AccountId id, String oldHash, String newHash) {
        db.update("UPDATE " + account + " SET password_hash = ? WHERE id = ? AND password_hash = ?", newHash,
                id.toString(), oldHash);
    }

    /**
     * Stores a new password and keeps the old hash in the history.
     *
     * @param id      the account
     * @param oldHash the current hash (compare-and-set)
     * @param newHash the new hash
     * @param now     the change instant
     * @return {@code false} when the password changed concurrently
     */
    public boolean changePassword(AccountId id, String oldHash, String newHash, Instant now) {
        long millis = now.toEpochMilli();
        boolean changed = db.update("UPDATE " + account + " SET password_hash = ?, password_changed_at = ?"
                + " WHERE id = ? AND password_hash = ?", newHash, millis, id.toString(), oldHash) == 1;
        if (changed) {
            db.update("INSERT INTO " + history + " (id, account_id, changed_at, password_hash) VALUES (?, ?, ?, ?)",
                    UUID.randomUUID().toString(), id.toString(), millis, oldHash);
        }
        return changed;
    }

    /**
     * The previous hashes a new password must not match, newest first, read in one query: the {@code last} most
     * recent ones, and any older one retired at or after {@code retiredSince}; never more than {@code cap}.
     *
     * @param id           the account
     * @param last         how many of the most recent ones, whatever their age
     * @param retiredSince older ones retired at or after this instant are included too
     * @param cap          at most this many in all
     * @return the hashes, newest first
     */
    public List<String> rememberedHashes(AccountId id, int last, Instant retiredSince, int cap) {
        long since = retiredSince.toEpochMilli();
        List<String[]> rows = db.query("SELECT password_hash, changed_at FROM " + history + " WHERE account_id = ?"
                + " ORDER BY changed_at DESC", row -> new String[] {row.getString(1), Long.toString(row.getLong(2))},
                id.toString());
        List<String> remembered = new java.util.ArrayList<>();
        for (String[] row : rows) {
            if (remembered.size() >= cap || remembered.size() >= last && Long.parseLong(row[1]) < since) {
                break;
            }
            remembered.add(row[0]);
        }
        return remembered;
    }

    private static AccountRecord read(ResultSet row) throws SQLException {
        String practice = row.getString("practice_id");
        long lockedUntil = row.getLong("locked_until");
        Long locked = row.wasNull() ? null : lockedUntil;
        return new AccountRecord(AccountId.parse(row.getString("id").trim()), row.getString("username"),
                row.getString("display_name"), row.getString("email"),
                practice == null ? null : UUID.fromString(practice.trim()), parseRoles(row.getString("roles")),
                row.getInt("disabled") != 0, row.getString("password_hash"), row.getInt("failed_attempts"),
                row.getInt("lock_count"), locked);
    }

    static String rolesText(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    static Set<Role> parseRoles(String text) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : text.split(",")) {
            if (!name.isBlank()) {
                roles.add(Role.valueOf(name.trim()));
            }
        }
        return roles;
    }
}
