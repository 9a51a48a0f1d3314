package org.oa.security.calendar;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.oa.security.TestDatabases;

/**
 * Calendar feed tokens on the PostgreSQL server from {@code OA_TEST_PG_URL}, a unique schema per test. Skipped
 * when the variable is unset, except under {@code CI=true}, where that is a failure.
 */
class PostgresCalendarFeedTokensTest extends CalendarFeedTokensContract {

    private final String schema = TestDatabases.uniqueSchema();

    @Override
    @BeforeEach
    void setUp() {
        TestDatabases.requirePostgres();
        super.setUp();
    }

    @AfterEach
    void dropSchema() {
        if (TestDatabases.postgresConfigured()) {
            TestDatabases.dropPostgresSchema(TestDatabases.postgres(), schema);
        }
    }

    @Override
    protected DataSource database() {
        return TestDatabases.postgres();
    }

    @Override
    protected String schema() {
        return schema;
    }
}
