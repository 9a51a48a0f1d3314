package org.oa.security.internal.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.oa.security.OaSecurityException;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEntry;
import org.oa.security.audit.AuditEvent;
import org.oa.security.audit.AuditQuery;
import org.oa.security.audit.AuditTrail;
import org.oa.security.audit.AuditVerification;
import org.oa.security.internal.jdbc.Database;

/**
 * The audit trail in table {@code audit_entry}. Each entry's hash is SHA-256 over the previous entry's hash
 * (64 zeros for the first), a line feed and the entry's canonical form; sequence numbers start at 1 without
 * gaps. The canonical form holds the patient reference only when the entry has one, so entries written before
 * the column existed (schema version 5) keep their hashes. Thread-safe.
 */
public final class JdbcAuditTrail implements AuditTrail {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String COLUMNS =
            "seq, occurred_at, action, account_id, portal, detail, prev_hash, entry_hash, patient_id, practice_id";

    private final Database db;
    private final String table;
    private final String head;
    private final String accounts;
    private final Clock clock;

    /**
     * @param db    the database
     * @param clock the time source for entries
     */
    public JdbcAuditTrail(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.table = db.table("audit_entry");
        this.head = db.table("audit_head");
        this.accounts = db.table("account");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuditEntry record(AuditEvent event) {
        return append(event);
    }

    /**
     * Appends an event in one transaction: lock the head row, chain onto it, insert, move the head. Nodes
     * queue on the head row's lock, so the chain stays linear without retries.
     *
     * @param event the event
     * @return the stored entry
     */
    public AuditEntry append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        return db.inTransaction(session -> {
            // The no-op UPDATE takes the row lock first (portable "SELECT ... FOR UPDATE").
            if (session.update("UPDATE " + head + " SET seq = seq WHERE id = 1") != 1) {
                throw new OaSecurityException("the audit head row is missing; run migrate()");
            }
            Object[] last = session.query("SELECT seq, entry_hash FROM " + head + " WHERE id = 1",
                    row -> new Object[] {row.getLong(1), row.getString(2)}).get(0);
            long seq = (Long) last[0] + 1;
            String previous = (String) last[1];
            Instant at = Instant.ofEpochMilli(clock.millis());
            UUID practice = event.practice();
            if (practice == null && event.account() != null) {
                // An account belongs to one practice for life (patients' accounts to none).
                practice = session.query("SELECT practice_id FROM " + accounts + " WHERE id = ?",
                        row -> row.getString(1), event.account().toString()).stream()
                        .filter(Objects::nonNull).map(id -> UUID.fromString(id.trim())).findFirst().orElse(null);
            }
            String hash = chain(previous, seq, at, event.action(), event.account(), event.portal(), event.detail(),
                    event.patient(), practice);
            session.update("INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", seq,
                    at.toEpochMilli(), event.action().name(), event.account() == null ? null : event.account().toString(),
                    event.portal() == null ? null : event.portal().name(), event.detail(), previous, hash,
                    event.patient(), practice == null ? null : practice.toString());
            session.update("UPDATE " + head + " SET seq = ?, entry_hash = ? WHERE id = 1", seq, hash);
            return new AuditEntry(seq, at, event.action(), event.account(), event.portal(), event.detail(), hash,
                    event.patient(), practice);
        });
    }

    @Override
    public List<AuditEntry> search(AuditQuery query) {
        return select(query, "seq");
    }

    @Override
    public List<AuditEntry> searchNewestFirst(AuditQuery query) {
        return select(query, "seq DESC");
    }

    private List<AuditEntry> select(AuditQuery query, String order) {
        Objects.requireNonNull(query, "query");
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM " + table + " WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.account() != null) {
            sql.append(" AND account_id = ?");
            parameters.add(query.account().toString());
        }
        if (query.patient() != null) {
            sql.append(" AND patient_id = ?");
            parameters.add(query.patient());
        }
        if (query.practice() != null) {
            // Entries written before the column existed (schema version 9) have no practice: they count when their
            // account is one of the practice's.
            sql.append(" AND (practice_id = ? OR (practice_id IS NULL AND account_id IN (SELECT id FROM ")
                    .append(accounts).append(" WHERE practice_id = ?)))");
            parameters.add(query.practice().toString());
            parameters.add(query.practice().toString());
        }
        if (query.action() != null) {
            sql.append(" AND action = ?");
            parameters.add(query.action().name());
        }
        if (query.from() != null) {
            sql.append(" AND occurred_at >= ?");
            parameters.add(query.from().toEpochMilli());
        }
        if (query.to() != null) {
            sql.append(" AND occurred_at < ?");
            parameters.add(query.to().toEpochMilli());
        }
        // The limit is an int from AuditQuery (1..10000), so it can be written into the statement.
        sql.append(" ORDER BY ").append(order).append(" FETCH FIRST ").append(query.limit()).append(" ROWS ONLY");
        List<Stored> rows = db.query(sql.toString(), JdbcAuditTrail::read, parameters.toArray());
        return rows.stream().map(Stored::entry).toList();
    }

    @Override
    public AuditVerification verify() {
        List<Stored> rows = db.query("SELECT " + COLUMNS + " FROM " + table + " ORDER BY seq", JdbcAuditTrail::read);
        String previous = GENESIS;
        long expected = 1;
        long checked = 0;
        for (Stored row : rows) {
            AuditEntry e = row.entry;
            checked++;
            if (e.sequence() != expected) {
                return new AuditVerification(false, checked, expected, AuditVerification.Problem.DELETED);
            }
            String recomputed = chain(previous, e.sequence(), e.occurredAt(), e.action(), e.account(), e.portal(),
                    e.detail(), e.patient(), e.practice());
            if (!row.previousHash.equals(previous) || !recomputed.equals(e.hash())) {
                return new AuditVerification(false, checked, e.sequence(), AuditVerification.Problem.EDITED);
            }
            previous = e.hash();
            expected++;
        }
        // Entries cut off the end leave the head pointing past the last row (or at another hash).
        Object[] last = db.queryOne("SELECT seq, entry_hash FROM " + head + " WHERE id = 1",
                row -> new Object[] {row.getLong(1), row.getString(2)})
                .orElseThrow(() -> new OaSecurityException("the audit head row is missing; run migrate()"));
        if ((Long) last[0] != expected - 1) {
            return new AuditVerification(false, checked, expected, AuditVerification.Problem.DELETED);
        }
        if (!previous.equals(last[1])) {
            return new AuditVerification(false, checked, expected - 1, AuditVerification.Problem.EDITED);
        }
        return new AuditVerification(true, checked, 0, AuditVerification.Problem.NONE);
    }

    @Override
    public void exportCsv(AuditQuery query, Appendable out) throws IOException {
        exportCsv(search(query), out);
    }

    @Override
    public void exportCsv(java.util.List<AuditEntry> entries, Appendable out) throws IOException {
        Objects.requireNonNull(entries, "entries");
        Objects.requireNonNull(out, "out");
        // New columns come last so that readers of the earlier ones keep working.
        out.append("sequence,occurred_at,action,account,portal,detail,hash,patient,practice\r\n");
        for (AuditEntry e : entries) {
            out.append(CsvCells.row(Long.toString(e.sequence()), e.occurredAt().toString(), e.action().name(),
                    e.account() == null ? "" : e.account().toString(), e.portal() == null ? "" : e.portal().name(),
                    e.detail(), e.hash(), e.patient() == null ? "" : e.patient(),
                    e.practice() == null ? "" : e.practice().toString()));
        }
    }

    /**
     * @return the canonical form: fields joined by '|' with '\' and '|' escaped, empty for a missing value; then
     *         {@code |patient=<uuid>} only when there is a patient and {@code |practice=<uuid>} only when there is
     *         a practice (the escaped detail never ends in an unescaped '|', so the forms cannot be confused),
     *         which leaves the form of older entries unchanged
     */
    static String canonical(long seq, Instant at, AuditAction action, AccountId account, Portal portal,
            String detail, String patient, UUID practice) {
        String form = String.join("|", Long.toString(seq), Long.toString(at.toEpochMilli()), action.name(),
                account == null ? "" : account.toString(), portal == null ? "" : portal.name(), escape(detail));
        if (patient != null) {
            form += "|patient=" + escape(patient);
        }
        return practice == null ? form : form + "|practice=" + practice;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|");
    }

    static String chain(String previous, long seq, Instant at, AuditAction action, AccountId account, Portal portal,
            String detail, String patient, UUID practice) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) '\n');
            String form = canonical(seq, at, action, account, portal, detail, patient, practice);
            sha.update(form.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new OaSecurityException("SHA-256 is not available", e);
        }
    }

    private record Stored(AuditEntry entry, String previousHash) {
    }

    private static Stored read(ResultSet row) throws SQLException {
        String account = row.getString("account_id");
        String portal = row.getString("portal");
        String patient = row.getString("patient_id");
        String practice = row.getString("practice_id");
        // Stored as read (only trimmed), so that an edited value fails verification instead of being "repaired".
        AuditEntry entry = new AuditEntry(row.getLong("seq"), Instant.ofEpochMilli(row.getLong("occurred_at")),
                AuditAction.valueOf(row.getString("action")), account == null ? null : AccountId.parse(account.trim()),
                portal == null ? null : Portal.valueOf(portal), row.getString("detail"), row.getString("entry_hash"),
                patient == null ? null : patient.trim(), practice == null ? null : UUID.fromString(practice.trim()));
        return new Stored(entry, row.getString("prev_hash"));
    }
}
