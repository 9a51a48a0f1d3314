package org.oa.security.internal.audit;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.oa.security.TestDatabases;

/**
 * The audit tampering contract on a real PostgreSQL server from {@code OA_TEST_PG_URL}, {@code OA_TEST_PG_USER} and
 * {@code OA_TEST_PG_PASSWORD}; a unique schema per test so tests can share one server. Skipped when the
 * variable is unset, except under {@code CI=true}, where that is a failure.
 */
class PostgresAuditTamperingTest extends AuditTamperingContract {

    private final String schema = TestDatabases.uniqueSchema();

    @BeforeAll
    static void requirePostgres() {
        TestDatabases.requirePostgres();
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
