package org.oa.core.persistence;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Databases for persistence tests: a fresh in-memory Derby per call, and the PostgreSQL server named by
 * {@code OA_TEST_PG_URL} (+ {@code OA_TEST_PG_USER}, {@code OA_TEST_PG_PASSWORD}). Without that variable the
 * PostgreSQL tests are skipped, except on CI ({@code CI=true}), where a missing database is a failure.
 */
public final class TestDatabases {

    public static final String PG_URL = "OA_TEST_PG_URL";

    private TestDatabases() {
    }

    public static DataSource derby(String name) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + name + "-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        return dataSource;
    }

    /** The PostgreSQL test database, or empty (then the caller skips) when not configured outside CI. */
    public static Optional<DataSource> postgres() {
        String url = System.getenv(PG_URL);
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(PG_URL + " is not set, but CI=true: CI must provide PostgreSQL, e.g. "
                        + "jdbc:postgresql://127.0.0.1:5432/oa_test with user oa");
            }
            return Optional.empty();
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(System.getenv().getOrDefault("OA_TEST_PG_USER", "oa"));
        dataSource.setPassword(System.getenv().getOrDefault("OA_TEST_PG_PASSWORD", ""));
        return Optional.of(dataSource);
    }
}
