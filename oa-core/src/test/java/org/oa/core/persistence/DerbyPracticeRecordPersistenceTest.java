package org.oa.core.persistence;

import javax.sql.DataSource;

/** The practice record persistence contract on embedded in-memory Derby. */
class DerbyPracticeRecordPersistenceTest extends PracticeRecordPersistenceContract {

    @Override
    DataSource openDataSource() {
        return TestDatabases.derby("practice-record");
    }
}
