package org.oa.core.persistence;

import javax.sql.DataSource;

/** The claims persistence contract on embedded in-memory Derby. */
class DerbyClaimsPersistenceTest extends ClaimsPersistenceContract {

    @Override
    DataSource openDataSource() {
        return TestDatabases.derby("claims");
    }
}
