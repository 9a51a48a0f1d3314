package org.oa.security.internal.audit;

import static org.junit.jupiter.api.Assertions.fail;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.oa.security.TestDatabases;

/**
 * The audit tampering contract on a real PostgreSQL server from {@code OA_TEST_PG_URL}, {@code OA_TEST_PG_USER} and
 * {@code OA_TEST_PG_PASSWORD}; a unique schema per test so tests can share one server. Skipped when the
 * variable is unset, except under {@code CI=true}, where that is a failure.
 */
class PostgresAuditTamperingTest extends AuditTamperingContract {

    private static boolean announced;

    private final String schema = TestDatabases.uniqueSchema();

    @BeforeAll
    static void requirePostgres() {
        if (!TestDatabases.postgresConfigured()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but OA_TEST_PG_URL is not set: the PostgreSQL tests must run in CI");
            }
            String message = "PostgreSQL tests skipped: set OA_TEST_PG_URL (e.g. "
                    + "jdbc:postgresql://127.0.0.1:5432/oa_test), OA_TEST_PG_USER and OA_TEST_PG_PASSWORD to run them";
            if (!announced) {
                announced = true;
                System.err.println(message);
            }
            Assumptions.abort(message);
        }
    }

    @AfterEach
    void dropSchema() {
        if (TestDatabases.postgresConfigured()) {
            TestDatabases.dropPostgresSchema(TestDatabases.postgres(), schema);
        }
    }

    @Override
    protected DataSource dataSource() {
        return TestDatabases.postgres();
    }

    @Override
    protected String schema() {
        return schema;
    }
}
