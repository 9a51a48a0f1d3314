package org.oa.security.internal.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.oa.security.account.AccountId;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;
import org.oa.security.internal.audit.JdbcAuditTrail;
import org.oa.security.internal.jdbc.Database;
import org.oa.security.lockout.LockoutPolicy;
import org.oa.security.password.PasswordPolicy;
import org.oa.security.practice.PracticeSecurity;
import org.oa.security.practice.PracticeSettings;

/** Stores per-practice settings in {@code practice_security}; absent practices use the defaults. Thread-safe. */
public final class PracticeStore implements PracticeSettings {

    private final Database db;
    private final String table;
    private final JdbcAuditTrail audit;
    private final LockoutPolicy defaultLockout;
    private final PasswordPolicy defaultPassword;

    /**
     * @param db              the database
     * @param audit           where changes are recorded
     * @param defaultLockout  the policy for patients and practices without settings
     * @param defaultPassword the policy for patients and practices without settings
     */
    public PracticeStore(Database db, JdbcAuditTrail audit, LockoutPolicy defaultLockout,
            PasswordPolicy defaultPassword) {
        this.db = Objects.requireNonNull(db, "db");
        this.table = db.table("practice_security");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.defaultLockout = Objects.requireNonNull(defaultLockout, "defaultLockout");
        this.defaultPassword = Objects.requireNonNull(defaultPassword, "defaultPassword");
    }

    @Override
    public void save(PracticeSecurity s) {
        Objects.requireNonNull(s, "settings");
        store(s);
        audit.append(new AuditEvent(AuditAction.SETTINGS_CHANGED, null, null, "practice " + s.practiceId()));
    }

    @Override
    public boolean secondFactorRequired(UUID practiceId) {
        return practiceId != null && find(practiceId).map(PracticeSecurity::secondFactorRequired).orElse(false);
    }

    @Override
    public void requireSecondFactor(UUID practiceId, String practiceName, boolean required, AccountId changedBy) {
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(practiceName, "practiceName");
        PracticeSecurity current = find(practiceId).orElseGet(() -> new PracticeSecurity(practiceId, practiceName,
                Set.of(), null, defaultLockout, defaultPassword));
        store(current.withSecondFactorRequired(required));
        audit.append(new AuditEvent(AuditAction.SETTINGS_CHANGED, changedBy, null, "practice " + practiceId
                + (required ? " second factor required in every portal" : " second factor optional outside EHR")));
    }

    private void store(PracticeSecurity s) {
        String id = s.practiceId().toString();
        Object[] values = {s.practiceName(), String.join(",", new TreeSet<>(s.npis())), s.taxId(),
            s.lockout().threshold(), s.lockout().firstLock().toSeconds(), s.lockout().repeatedLock().toSeconds(),
            s.password().minLength(), s.password().maxLength(), s.password().composition() ? 1 : 0,
            s.password().historySize(), s.secondFactorRequired() ? 1 : 0, id};
        String update = "UPDATE " + table + " SET practice_name = ?, npis = ?, tax_id = ?,"
                + " lock_threshold = ?, lock_first_seconds = ?, lock_repeat_seconds = ?, password_min = ?,"
                + " password_max = ?, password_compose = ?, password_history = ?, second_factor_required = ?"
                + " WHERE practice_id = ?";
        if (db.update(update, values) == 0) {
            boolean inserted = db.insertUnlessConflict("INSERT INTO " + table + " (practice_name, npis, tax_id,"
                    + " lock_threshold, lock_first_seconds, lock_repeat_seconds, password_min, password_max,"
                    + " password_compose, password_history, second_factor_required, practice_id)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
            if (!inserted) {
                // Another node inserted the row between our UPDATE and INSERT: ours is the newer change.
                db.update(update, values);
            }
        }
    }

    @Override
    public Optional<PracticeSecurity> find(UUID practiceId) {
        Objects.requireNonNull(practiceId, "practiceId");
        return db.queryOne("SELECT practice_id, practice_name, npis, tax_id, lock_threshold, lock_first_seconds,"
                + " lock_repeat_seconds, password_min, password_max, password_compose, password_history,"
                + " second_factor_required FROM "
                + table + " WHERE practice_id = ?", PracticeStore::read, practiceId.toString());
    }

    /**
     * @param practiceId a practice, or {@code null} for a patient
     * @return the lockout policy in force
     */
    public LockoutPolicy lockoutFor(UUID practiceId) {
        return practiceId == null ? defaultLockout
                : find(practiceId).map(PracticeSecurity::lockout).orElse(defaultLockout);
    }

    /**
     * @param practiceId a practice, or {@code null} for a patient
     * @return the password policy in force
     */
    public PasswordPolicy passwordPolicyFor(UUID practiceId) {
        return practiceId == null ? defaultPassword
                : find(practiceId).map(PracticeSecurity::password).orElse(defaultPassword);
    }

    private static PracticeSecurity read(ResultSet row) throws SQLException {
        String npis = row.getString("npis");
        Set<String> npiSet = npis.isEmpty() ? Set.of()
                : Arrays.stream(npis.split(",")).collect(Collectors.toUnmodifiableSet());
        return new PracticeSecurity(UUID.fromString(row.getString("practice_id").trim()),
                row.getString("practice_name"), npiSet, row.getString("tax_id"),
                new LockoutPolicy(row.getInt("lock_threshold"), Duration.ofSeconds(row.getLong("lock_first_seconds")),
                        Duration.ofSeconds(row.getLong("lock_repeat_seconds"))),
                new PasswordPolicy(row.getInt("password_min"), row.getInt("password_max"),
                        row.getInt("password_compose") != 0, row.getInt("password_history")),
                row.getInt("second_factor_required") != 0);
    }
}
