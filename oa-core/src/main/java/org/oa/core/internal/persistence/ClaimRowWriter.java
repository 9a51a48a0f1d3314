package org.oa.core.internal.persistence;

import java.math.BigDecimal;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.PersistenceException;

/**
 * Inserts new {@link ClaimEntity} rows (claim, diagnoses, service lines, status history) with batched JDBC
 * statements on the entity manager's own connection, inside its transaction.
 *
 * <p>Why not {@code EntityManager.persist}: for a 10,000-claim file the provider spent most of its time building
 * change sets and rows, and it writes each claim's collection rows right after the claim, so consecutive
 * statements differ and JDBC batches held one row. Here each table gets its own statement and real batches.
 *
 * <p>The columns are those mapped on {@link ClaimEntity}, {@link ServiceLineRow} and {@link StatusChangeRow};
 * values are bound as the JPA provider binds them ({@code LocalDate} as {@link Date}, {@code LocalDateTime} as
 * {@link Timestamp}), so the rows read back through JPA exactly like persisted ones (ClaimsPersistenceContract).
 */
final class ClaimRowWriter {

    /** Rows per executed batch: large enough to save round trips, small enough to bound driver memory. */
    private static final int BATCH = 1_000;

    private static final String INSERT_CLAIM = "INSERT INTO OA_CORE.CLAIM (ID, PRACTICE_ID, SUBMISSION_FILE_ID,"
            + " FILE_POSITION, RECEIVED_AT, STATUS, FREQUENCY, ORIGINAL_CLAIM_ID, PAYER_CLAIM_NUMBER, CLAIM_TYPE,"
            + " PATIENT_CONTROL_NUMBER, TOTAL_CHARGE, PLACE_OF_SERVICE, TYPE_OF_BILL, FREQUENCY_CODE,"
            + " ORIGINAL_CLAIM_NUMBER, ONSET_DATE, ACCIDENT_DATE, ADMISSION_DATE, BP_NAME, BP_NPI, BP_TAXONOMY,"
            + " BP_TAX_ID, BP_LINE1, BP_LINE2, BP_CITY, BP_STATE, BP_ZIP, BP_PHONE, RENDERING_NPI, PATIENT_ID,"
            + " PATIENT_FIRST_NAME, PATIENT_LAST_NAME, PATIENT_BIRTH_DATE, PATIENT_SEX, PATIENT_LINE1,"
            + " PATIENT_LINE2, PATIENT_CITY, PATIENT_STATE, PATIENT_ZIP, SUBSCRIBER_FIRST_NAME,"
            + " SUBSCRIBER_LAST_NAME, SUBSCRIBER_BIRTH_DATE, SUBSCRIBER_SEX, SUBSCRIBER_LINE1, SUBSCRIBER_LINE2,"
            + " SUBSCRIBER_CITY, SUBSCRIBER_STATE, SUBSCRIBER_ZIP, MEMBER_ID, GROUP_NUMBER, RELATIONSHIP_CODE,"
            + " PAYER_ID, PRIORITY, PATIENT_RECORD_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?)";
    private static final String INSERT_DIAGNOSIS = "INSERT INTO OA_CORE.CLAIM_DIAGNOSIS (CLAIM_ID, POSITION, CODE)"
            + " VALUES (?, ?, ?)";
    private static final String INSERT_LINE = "INSERT INTO OA_CORE.CLAIM_SERVICE_LINE (CLAIM_ID, POSITION,"
            + " LINE_CONTROL_NUMBER, PROCEDURE_CODE, MODIFIERS, CHARGE, UNITS, SERVICE_FROM, SERVICE_TO,"
            + " DIAGNOSIS_POINTERS, NDC, NDC_QUALIFIER, REVENUE_CODE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_STATUS = "INSERT INTO OA_CORE.CLAIM_STATUS_CHANGE (CLAIM_ID, POSITION,"
            + " FROM_STATUS, TO_STATUS, CHANGED_AT, ACTOR, REASON) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private ClaimRowWriter() {
    }

    /**
     * Inserts {@code claims} and their collection rows. Claims go first (the other tables reference them), each
     * table in its own batches, in claim ID order. On failure throws {@link PersistenceException}; rows already
     * sent stay in the transaction, which the caller must roll back.
     */
    static void insert(Connection connection, List<ClaimEntity> claims) {
        // In ID order, the indexes keyed by claim ID (the primary keys, the collection tables' references) are
        // filled page after page instead of at random pages: on Derby about a sixth less CPU for a 10,000-claim
        // file. The order of the rows is not visible: the file order is in FILE_POSITION.
        List<ClaimEntity> byId = new ArrayList<>(claims);
        byId.sort(Comparator.comparing(c -> c.id));
        try {
            try (Batch batch = new Batch(connection, INSERT_CLAIM)) {
                for (ClaimEntity e : byId) {
                    bindClaim(batch.statement, e);
                    batch.add();
                }
                batch.finish();
            }
            try (Batch batch = new Batch(connection, INSERT_DIAGNOSIS)) {
                for (ClaimEntity e : byId) {
                    for (int i = 0; i < e.diagnoses.size(); i++) {
                        PreparedStatement s = batch.statement;
                        s.setString(1, e.id);
                        s.setInt(2, i);
                        s.setString(3, e.diagnoses.get(i));
                        batch.add();
                    }
                }
                batch.finish();
            }
            try (Batch batch = new Batch(connection, INSERT_LINE)) {
                for (ClaimEntity e : byId) {
                    for (int i = 0; i < e.serviceLines.size(); i++) {
                        bindLine(batch.statement, e.id, i, e.serviceLines.get(i));
                        batch.add();
                    }
                }
                batch.finish();
            }
            try (Batch batch = new Batch(connection, INSERT_STATUS)) {
                for (ClaimEntity e : byId) {
                    for (int i = 0; i < e.history.size(); i++) {
                        bindStatus(batch.statement, e.id, i, e.history.get(i));
                        batch.add();
                    }
                }
                batch.finish();
            }
        } catch (SQLException e) {
            throw failure(claims.size(), e);
        }
    }

    private static void bindClaim(PreparedStatement s, ClaimEntity e) throws SQLException {
        int i = 0;
        s.setString(++i, e.id);
        s.setString(++i, e.practiceId);
        string(s, ++i, e.submissionFileId);
        s.setInt(++i, e.filePosition);
        timestamp(s, ++i, e.receivedAt);
        s.setString(++i, e.status);
        s.setString(++i, e.frequency);
        string(s, ++i, e.originalClaimId);
        string(s, ++i, e.payerClaimNumber);
        s.setString(++i, e.claimType);
        s.setString(++i, e.patientControlNumber);
        decimal(s, ++i, e.totalCharge);
        s.setString(++i, e.placeOfService);
        s.setString(++i, e.typeOfBill);
        s.setString(++i, e.frequencyCode);
        s.setString(++i, e.originalClaimNumber);
        date(s, ++i, e.onsetDate);
        date(s, ++i, e.accidentDate);
        date(s, ++i, e.admissionDate);
        s.setString(++i, e.bpName);
        s.setString(++i, e.bpNpi);
        s.setString(++i, e.bpTaxonomy);
        s.setString(++i, e.bpTaxId);
        s.setString(++i, e.bpLine1);
        s.setString(++i, e.bpLine2);
        s.setString(++i, e.bpCity);
        s.setString(++i, e.bpState);
        s.setString(++i, e.bpZip);
        s.setString(++i, e.bpPhone);
        s.setString(++i, e.renderingNpi);
        s.setString(++i, e.patientId);
        s.setString(++i, e.patientFirstName);
        s.setString(++i, e.patientLastName);
        date(s, ++i, e.patientBirthDate);
        s.setString(++i, e.patientSex);
        s.setString(++i, e.patientLine1);
        s.setString(++i, e.patientLine2);
        s.setString(++i, e.patientCity);
        s.setString(++i, e.patientState);
        s.setString(++i, e.patientZip);
        s.setString(++i, e.subscriberFirstName);
        s.setString(++i, e.subscriberLastName);
        date(s, ++i, e.subscriberBirthDate);
        s.setString(++i, e.subscriberSex);
        s.setString(++i, e.subscriberLine1);
        s.setString(++i, e.subscriberLine2);
        s.setString(++i, e.subscriberCity);
        s.setString(++i, e.subscriberState);
        s.setString(++i, e.subscriberZip);
        s.setString(++i, e.memberId);
        s.setString(++i, e.groupNumber);
        s.setString(++i, e.relationshipCode);
        s.setString(++i, e.payerId);
        s.setString(++i, e.priority);
        string(s, ++i, e.patientRecordId);
    }

    private static void bindLine(PreparedStatement s, String claimId, int position, ServiceLineRow r)
            throws SQLException {
        s.setString(1, claimId);
        s.setInt(2, position);
        s.setString(3, r.lineControlNumber);
        s.setString(4, r.procedureCode);
        s.setString(5, r.modifiers);
        decimal(s, 6, r.charge);
        s.setString(7, r.units);
        date(s, 8, r.serviceFrom);
        date(s, 9, r.serviceTo);
        s.setString(10, r.diagnosisPointers);
        s.setString(11, r.ndc);
        s.setString(12, r.ndcQualifier);
        s.setString(13, r.revenueCode);
    }

    private static void bindStatus(PreparedStatement s, String claimId, int position, StatusChangeRow r)
            throws SQLException {
        s.setString(1, claimId);
        s.setInt(2, position);
        string(s, 3, r.fromStatus);
        s.setString(4, r.toStatus);
        timestamp(s, 5, r.changedAt);
        s.setString(6, r.actor);
        s.setString(7, r.reason);
    }

    private static void string(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }

    private static void decimal(PreparedStatement s, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DECIMAL);
        } else {
            s.setBigDecimal(index, value);
        }
    }

    private static void date(PreparedStatement s, int index, LocalDate value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.DATE);
        } else {
            s.setDate(index, Date.valueOf(value));
        }
    }

    private static void timestamp(PreparedStatement s, int index, LocalDateTime value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.TIMESTAMP);
        } else {
            s.setTimestamp(index, Timestamp.valueOf(value));
        }
    }

    /**
     * Names only the SQL state and vendor code, never the driver's message: PostgreSQL's batch message repeats
     * the statement with its values and its server detail can list the failing row, both full of PHI.
     */
    private static PersistenceException failure(int claims, SQLException e) {
        SQLException cause = e instanceof BatchUpdateException && e.getNextException() != null
                ? e.getNextException() : e;
        return new PersistenceException("storing " + claims + " claims failed: SQL state " + cause.getSQLState()
                + ", error code " + cause.getErrorCode());
    }

    /** One prepared statement whose added rows are executed every {@link #BATCH} rows and by {@link #finish}. */
    private static final class Batch implements AutoCloseable {

        final PreparedStatement statement;
        private int pending;

        Batch(Connection connection, String sql) throws SQLException {
            this.statement = connection.prepareStatement(sql);
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++pending == BATCH) {
                statement.executeBatch();
                pending = 0;
            }
        }

        void finish() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }
}
