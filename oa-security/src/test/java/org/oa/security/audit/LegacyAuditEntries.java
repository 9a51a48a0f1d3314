package org.oa.security.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import javax.sql.DataSource;

/** Writes audit entries as the trail did before it knew about patients (V5) and practices (V9). */
final class LegacyAuditEntries {

    private LegacyAuditEntries() {
    }

    /**
     * Inserts one entry hashed in the original canonical form and moves the head onto it.
     *
     * @param account the account's ID, or {@code null}
     * @return the entry's hash
     */
    static String insert(DataSource dataSource, long seq, long at, String action, String account, String portal,
            String detail, String previous) throws Exception {
        String canonical = String.join("|", Long.toString(seq), Long.toString(at), action,
                account == null ? "" : account, portal, detail.replace("\\", "\\\\").replace("|", "\\|"));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(previous.getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) '\n');
        sha.update(canonical.getBytes(StandardCharsets.UTF_8));
        String hash = HexFormat.of().formatHex(sha.digest());
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO OA_SECURITY.audit_entry (seq, occurred_at, action, account_id, portal, detail, prev_hash,"
                        + " entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement head = c.prepareStatement(
                        "UPDATE OA_SECURITY.audit_head SET seq = ?, entry_hash = ? WHERE id = 1")) {
            insert.setLong(1, seq);
            insert.setLong(2, at);
            insert.setString(3, action);
            insert.setString(4, account);
            insert.setString(5, portal);
            insert.setString(6, detail);
            insert.setString(7, previous);
            insert.setString(8, hash);
            insert.executeUpdate();
            head.setLong(1, seq);
            head.setString(2, hash);
            head.executeUpdate();
        }
        return hash;
    }
}
