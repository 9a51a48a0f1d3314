package org.oa.security.internal.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.oa.security.account.AccountId;
import org.oa.security.account.PatientRecordLink;
import org.oa.security.account.PatientRecordLinks;
import org.oa.security.account.Role;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;
import org.oa.security.internal.audit.JdbcAuditTrail;
import org.oa.security.internal.jdbc.Database;

/** Patient record links in {@code patient_record_link}, one row per linked account. Thread-safe. */
public final class JdbcPatientRecordLinks implements PatientRecordLinks {

    private final Database db;
    private final String table;
    private final AccountStore accounts;
    private final JdbcAuditTrail audit;
    private final Clock clock;

    /**
     * @param db       the database
     * @param accounts the account rows
     * @param audit    the trail
     * @param clock    the time source
     */
    public JdbcPatientRecordLinks(Database db, AccountStore accounts, JdbcAuditTrail audit, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.table = db.table("patient_record_link");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Outcome link(AccountId account, UUID practiceId, UUID patientId) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(practiceId, "practiceId");
        Objects.requireNonNull(patientId, "patientId");
        boolean patientAccount = accounts.find(account)
                .filter(a -> a.practiceId() == null && a.roles().contains(Role.PATIENT)).isPresent();
        if (!patientAccount) {
            return Outcome.NOT_A_PATIENT_ACCOUNT;
        }
        Optional<PatientRecordLink> earlier = find(account);
        if (earlier.isPresent() && earlier.get().practiceId().equals(practiceId)
                && earlier.get().patientId().equals(patientId)) {
            return Outcome.ALREADY_LINKED;
        }
        long now = clock.millis();
        db.inTransaction(session -> {
            session.update("DELETE FROM " + table + " WHERE account_id = ?", account.toString());
            return session.update("INSERT INTO " + table + " (account_id, practice_id, patient_id, linked_at)"
                    + " VALUES (?, ?, ?, ?)", account.toString(), practiceId.toString(), patientId.toString(), now);
        });
        earlier.ifPresent(e -> audit.append(AuditEvent.aboutPatient(AuditAction.PATIENT_RECORD_UNLINKED, account,
                null, e.patientId(), "replaced by another record").inPractice(e.practiceId())));
        audit.append(AuditEvent.aboutPatient(AuditAction.PATIENT_RECORD_LINKED, account, null, patientId, "")
                .inPractice(practiceId));
        return Outcome.LINKED;
    }

    @Override
    public Optional<PatientRecordLink> find(AccountId account) {
        Objects.requireNonNull(account, "account");
        return db.queryOne("SELECT practice_id, patient_id, linked_at FROM " + table + " WHERE account_id = ?",
                row -> new PatientRecordLink(account, UUID.fromString(row.getString(1).trim()),
                        UUID.fromString(row.getString(2).trim()), Instant.ofEpochMilli(row.getLong(3))),
                account.toString());
    }

    @Override
    public boolean unlink(AccountId account) {
        Optional<PatientRecordLink> earlier = find(account);
        if (earlier.isEmpty()) {
            return false;
        }
        if (db.update("DELETE FROM " + table + " WHERE account_id = ?", account.toString()) == 0) {
            return false;
        }
        audit.append(AuditEvent.aboutPatient(AuditAction.PATIENT_RECORD_UNLINKED, account, null,
                earlier.get().patientId(), "").inPractice(earlier.get().practiceId()));
        return true;
    }
}
