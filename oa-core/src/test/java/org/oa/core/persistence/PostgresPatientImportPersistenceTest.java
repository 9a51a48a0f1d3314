package org.oa.core.persistence;

import javax.sql.DataSource;

/**
 * The patient import persistence contract on PostgreSQL, when {@code OA_TEST_PG_URL} is set; skipped otherwise,
 * and failing on CI ({@code CI=true}) when it is not set.
 */
class PostgresPatientImportPersistenceTest extends PatientImportPersistenceContract {

    @Override
    DataSource openDataSource() {
        return TestDatabases.postgres().orElse(null);
    }

    @Override
    String unavailableReason() {
        return TestDatabases.PG_URL + " is not set: PostgreSQL persistence tests skipped "
                + "(set it, with OA_TEST_PG_USER and OA_TEST_PG_PASSWORD, to run them)";
    }
}
