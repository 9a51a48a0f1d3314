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
import org.oa.security.audit.AuditCheckpoint;
import org.oa.security.audit.AuditEntry;
import org.oa.security.audit.AuditEvent;
import org.oa.security.audit.AuditQuery;
import org.oa.security.audit.AuditTrail;
import org.oa.security.audit.AuditVerification;
import org.oa.security.internal.jdbc.Database;

/**
 * The audit trail in table {@code audit_entry}. Each entry's hash is taken over the previous entry's hash (64 zeros
 * for the first), a line feed and the entry's canonical form: HMAC-SHA-256 with the audit key when the trail has
 * one ({@code hash_scheme} 1), plain SHA-256 otherwise and for entries written before the chain was keyed (0);
 * sequence numbers start at 1 without gaps. The canonical form holds the patient reference only when the entry has
 * one, so entries written before the column existed (schema version 5) keep their hashes. Without the key nobody
 * can write a keyed entry that verifies; signed checkpoints ({@link #checkpoint()}) kept outside the database
 * anchor the head, so cutting entries off the end or rewriting the chain is found too. An append that finds rows
 * past the head (written around this class) chains after them, logs it, and still records its event; verification
 * then reports the foreign rows. Thread-safe.
 */
public final class JdbcAuditTrail implements AuditTrail {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String COLUMNS = "seq, occurred_at, action, account_id, portal, detail, prev_hash,"
            + " entry_hash, patient_id, practice_id, hash_scheme";

    private static final System.Logger LOG = System.getLogger(JdbcAuditTrail.class.getName());

    /** {@code hash_scheme} of entries hashed with SHA-256 alone. */
    static final int SHA_256 = 0;

    /** {@code hash_scheme} of entries hashed with HMAC-SHA-256 and the audit key. */
    static final int HMAC_SHA_256 = 1;

    private final Database db;
    private final String table;
    private final String head;
    private final String accounts;
    private final Clock clock;
    private final byte[] key;

    /**
     * @param db    the database
     * @param clock the time source for entries
     * @param key   the audit key (at least 32 bytes), held outside the database; null for an unkeyed trail
     */
    public JdbcAuditTrail(Database db, Clock clock, byte[] key) {
        if (key != null && key.length < 32) {
            throw new IllegalArgumentException("the audit key must have at least 32 bytes");
        }
        this.key = key == null ? null : key.clone();
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
            // Rows past the head were not written here (the head moves in the same transaction as every insert):
            // chain after them rather than fail on their sequence numbers, and say so; verify() reports them.
            Object[] newest = session.query("SELECT seq, entry_hash FROM " + table + " WHERE seq = (SELECT MAX(seq)"
                    + " FROM " + table + ")", row -> new Object[] {row.getLong(1), row.getString(2)}).stream()
                    .findFirst().orElse(null);
            if (newest != null && (Long) newest[0] >= seq) {
                LOG.log(System.Logger.Level.WARNING, "audit trail: found rows past the chain's head (sequence {0} to"
                        + " {1}) that this library did not write; chaining after them. Verify the audit trail.",
                        Long.toString(seq), Long.toString((Long) newest[0]));
                seq = (Long) newest[0] + 1;
                previous = newest[1] == null ? GENESIS : (String) newest[1];
            }
            Instant at = Instant.ofEpochMilli(clock.millis());
            UUID practice = event.practice();
            if (practice == null && event.account() != null) {
                // An account belongs to one practice for life (patients' accounts to none).
                practice = session.query("SELECT practice_id FROM " + accounts + " WHERE id = ?",
                        row -> row.getString(1), event.account().toString()).stream()
                        .filter(Objects::nonNull).map(id -> UUID.fromString(id.trim())).findFirst().orElse(null);
            }
            int scheme = key == null ? SHA_256 : HMAC_SHA_256;
            String hash = chain(scheme, previous, seq, at, event.action(), event.account(), event.portal(),
                    event.detail(), event.patient(), practice);
            session.update("INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    seq, at.toEpochMilli(), event.action().name(),
                    event.account() == null ? null : event.account().toString(),
                    event.portal() == null ? null : event.portal().name(), event.detail(), previous, hash,
                    event.patient(), practice == null ? null : practice.toString(), scheme);
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
        // A row that cannot be read (written around this library) is left out here; verify() reports it.
        List<Stored> rows = db.query(sql.toString(), JdbcAuditTrail::readTolerantly, parameters.toArray());
        return rows.stream().filter(r -> r.entry() != null).map(Stored::entry).toList();
    }

    @Override
    public AuditVerification verify() {
        return verify(List.of());
    }

    @Override
    public AuditVerification verify(java.util.Collection<AuditCheckpoint> checkpoints) {
        Objects.requireNonNull(checkpoints, "checkpoints");
        long keyedFrom = Long.MAX_VALUE;
        java.util.Map<Long, String> anchored = new java.util.HashMap<>();
        for (AuditCheckpoint checkpoint : checkpoints) {
            if (key == null || !sign(checkpoint.sequence(), checkpoint.entryHash(), checkpoint.at())
                    .equals(checkpoint.signature())) {
                return new AuditVerification(false, 0, checkpoint.sequence(),
                        AuditVerification.Problem.CHECKPOINT_MISMATCH);
            }
            anchored.put(checkpoint.sequence(), checkpoint.entryHash());
            // The key existed when the checkpoint was taken: every later entry must be keyed.
            keyedFrom = Math.min(keyedFrom, checkpoint.sequence() + 1);
        }
        List<Stored> rows = db.query("SELECT " + COLUMNS + " FROM " + table + " ORDER BY seq",
                JdbcAuditTrail::readTolerantly);
        String previous = GENESIS;
        long expected = 1;
        long checked = 0;
        boolean keyedSeen = false;
        for (Stored row : rows) {
            checked++;
            if (row.sequence() != expected) {
                return new AuditVerification(false, checked, expected, AuditVerification.Problem.DELETED);
            }
            AuditEntry e = row.entry();
            if (e == null) {
                return new AuditVerification(false, checked, row.sequence(), AuditVerification.Problem.UNREADABLE);
            }
            boolean keyed = row.scheme() == HMAC_SHA_256;
            if (keyed && key == null || !keyed && row.scheme() != SHA_256
                    || !keyed && (keyedSeen || e.sequence() >= keyedFrom)) {
                return new AuditVerification(false, checked, e.sequence(), AuditVerification.Problem.EDITED);
            }
            keyedSeen |= keyed;
            String recomputed = chain(row.scheme(), previous, e.sequence(), e.occurredAt(), e.action(), e.account(),
                    e.portal(), e.detail(), e.patient(), e.practice());
            if (!previous.equals(row.previousHash()) || !recomputed.equals(e.hash())) {
                return new AuditVerification(false, checked, e.sequence(), AuditVerification.Problem.EDITED);
            }
            String anchor = anchored.get(e.sequence());
            if (anchor != null && !anchor.equals(e.hash())) {
                return new AuditVerification(false, checked, e.sequence(),
                        AuditVerification.Problem.CHECKPOINT_MISMATCH);
            }
            previous = e.hash();
            expected++;
        }
        long last = expected - 1;
        for (long sequence : anchored.keySet()) {
            if (sequence > last) {
                return new AuditVerification(false, checked, last + 1, AuditVerification.Problem.CHECKPOINT_MISMATCH);
            }
            if (sequence == 0 && !anchored.get(0L).equals(GENESIS)) {
                return new AuditVerification(false, checked, 0, AuditVerification.Problem.CHECKPOINT_MISMATCH);
            }
        }
        // Entries cut off the end leave the head pointing past the last row (or at another hash).
        Object[] headRow = db.queryOne("SELECT seq, entry_hash FROM " + head + " WHERE id = 1",
                row -> new Object[] {row.getLong(1), row.getString(2)})
                .orElseThrow(() -> new OaSecurityException("the audit head row is missing; run migrate()"));
        if ((Long) headRow[0] != last) {
            return new AuditVerification(false, checked, Math.min((Long) headRow[0], last) + 1,
                    (Long) headRow[0] > last ? AuditVerification.Problem.DELETED : AuditVerification.Problem.EDITED);
        }
        if (!previous.equals(headRow[1])) {
            return new AuditVerification(false, checked, last, AuditVerification.Problem.EDITED);
        }
        return new AuditVerification(true, checked, 0, AuditVerification.Problem.NONE);
    }

    @Override
    public AuditCheckpoint checkpoint() {
        if (key == null) {
            throw new IllegalStateException("the audit trail has no key: checkpoints need one");
        }
        Object[] headRow = db.queryOne("SELECT seq, entry_hash FROM " + head + " WHERE id = 1",
                row -> new Object[] {row.getLong(1), row.getString(2)})
                .orElseThrow(() -> new OaSecurityException("the audit head row is missing; run migrate()"));
        Instant at = Instant.ofEpochMilli(clock.millis());
        long sequence = (Long) headRow[0];
        String hash = (String) headRow[1];
        return new AuditCheckpoint(sequence, hash, at, sign(sequence, hash, at));
    }

    private String sign(long sequence, String hash, Instant at) {
        return hmac("checkpoint|" + sequence + "|" + hash + "|" + at.toEpochMilli());
    }

    private String hmac(String text) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new OaSecurityException("HMAC-SHA-256 is not available", e);
        }
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

    /** The entry hash in {@code scheme}; the keyed scheme needs this trail's key. */
    String chain(int scheme, String previous, long seq, Instant at, AuditAction action, AccountId account,
            Portal portal, String detail, String patient, UUID practice) {
        if (scheme == HMAC_SHA_256) {
            return hmac(previous + "\n" + canonical(seq, at, action, account, portal, detail, patient, practice));
        }
        return chain(previous, seq, at, action, account, portal, detail, patient, practice);
    }

    /** The unkeyed (SHA-256) entry hash. */
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

    /** A row as stored; {@code entry} is null when the row cannot be read as an entry. */
    private record Stored(long sequence, AuditEntry entry, String previousHash, int scheme) {
    }

    private static Stored readTolerantly(ResultSet row) throws SQLException {
        long sequence = row.getLong("seq");
        String previous = row.getString("prev_hash");
        int scheme = row.getInt("hash_scheme");
        try {
            String account = row.getString("account_id");
            String portal = row.getString("portal");
            String patient = row.getString("patient_id");
            String practice = row.getString("practice_id");
            // Stored as read (only trimmed), so that an edited value fails verification instead of being "repaired".
            AuditEntry entry = new AuditEntry(sequence, Instant.ofEpochMilli(row.getLong("occurred_at")),
                    AuditAction.valueOf(row.getString("action")),
                    account == null ? null : AccountId.parse(account.trim()),
                    portal == null ? null : Portal.valueOf(portal), row.getString("detail"),
                    row.getString("entry_hash"), patient == null ? null : patient.trim(),
                    practice == null ? null : UUID.fromString(practice.trim()));
            return new Stored(sequence, previous == null ? null : entry, previous, scheme);
        } catch (RuntimeException unreadable) {
            return new Stored(sequence, null, previous, scheme);
        }
    }
}
