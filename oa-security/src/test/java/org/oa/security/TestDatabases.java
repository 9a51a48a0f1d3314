package org.oa.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.oa.security.password.Argon2Parameters;
import org.postgresql.ds.PGSimpleDataSource;

/** Databases and settings shared by the tests. Synthetic data only. */
public final class TestDatabases {

    /** Cheap argon2id settings so that tests hash quickly; production uses {@link Argon2Parameters#owasp()}. */
    public static final Argon2Parameters FAST = new Argon2Parameters(256, 1, 1);

    private TestDatabases() {
    }

    /** @return a fresh in-memory Derby database */
    public static DataSource derby() {
        return derby("oasec" + UUID.randomUUID().toString().replace("-", ""));
    }

    /**
     * A new DataSource object on a named in-memory Derby database; two calls with one name are two "nodes" on
     * one database.
     *
     * @param name the database name
     * @return the data source
     */
    public static DataSource derby(String name) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName("memory:" + name);
        ds.setCreateDatabase("create");
        return ds;
    }

    private static boolean skipAnnounced;

    /**
     * Skips the calling test when no PostgreSQL server is configured (saying once, on standard error, how to
     * configure one), except under {@code CI=true}, where that is a failure: the PostgreSQL tests must run in CI.
     */
    public static void requirePostgres() {
        if (postgresConfigured()) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            org.junit.jupiter.api.Assertions.fail(
                    "CI=true but OA_TEST_PG_URL is not set: the PostgreSQL tests must run in CI");
        }
        String message = "PostgreSQL tests skipped: set OA_TEST_PG_URL (e.g. "
                + "jdbc:postgresql://127.0.0.1:5432/oa_test), OA_TEST_PG_USER and OA_TEST_PG_PASSWORD to run them";
        synchronized (TestDatabases.class) {
            if (!skipAnnounced) {
                skipAnnounced = true;
                System.err.println(message);
            }
        }
        org.junit.jupiter.api.Assumptions.abort(message);
    }

    /** @return {@code true} when a PostgreSQL server was configured through OA_TEST_PG_URL */
    public static boolean postgresConfigured() {
        String url = System.getenv("OA_TEST_PG_URL");
        return url != null && !url.isBlank();
    }

    /** @return a new DataSource object for the configured PostgreSQL server */
    public static DataSource postgres() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(System.getenv("OA_TEST_PG_URL"));
        ds.setUser(System.getenv().getOrDefault("OA_TEST_PG_USER", "oa"));
        ds.setPassword(System.getenv().getOrDefault("OA_TEST_PG_PASSWORD", "oa"));
        return ds;
    }

    /** @return a schema name no other test uses */
    public static String uniqueSchema() {
        return "OA_SEC_T" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toUpperCase(Locale.ROOT);
    }

    /**
     * Drops a test schema on PostgreSQL.
     *
     * @param ds     the server
     * @param schema the schema
     */
    public static void dropPostgresSchema(DataSource ds, String schema) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema", e);
        }
    }

    /** A clock the test moves by hand. */
    public static final class MutableClock extends Clock {
        private final AtomicLong millis;

        /** Starts at 2026-01-05T09:00:00Z. */
        public MutableClock() {
            this.millis = new AtomicLong(Instant.parse("2026-01-05T09:00:00Z").toEpochMilli());
        }

        /** @param duration how far to move forward */
        public void advance(Duration duration) {
            millis.addAndGet(duration.toMillis());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }

        @Override
        public long millis() {
            return millis.get();
        }
    }
}
