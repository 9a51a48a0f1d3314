package org.oa.core.schedule;

import javax.sql.DataSource;

import org.oa.core.persistence.TestDatabases;

/**
 * The schedule contract on PostgreSQL, when {@code OA_TEST_PG_URL} is set; skipped otherwise, and failing on CI
 * ({@code CI=true}) when it is not set.
 */
class PostgresScheduleTest extends ScheduleContract {

    @Override
    DataSource openDataSource() {
        return TestDatabases.postgres().orElse(null);
    }

    @Override
    String unavailableReason() {
        return TestDatabases.PG_URL + " is not set: PostgreSQL schedule tests skipped "
                + "(set it, with OA_TEST_PG_USER and OA_TEST_PG_PASSWORD, to run them)";
    }
}
