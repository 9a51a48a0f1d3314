package org.oa.core.schedule;

import javax.sql.DataSource;

import org.oa.core.persistence.TestDatabases;

/** The schedule contract on embedded in-memory Derby. */
class DerbyScheduleTest extends ScheduleContract {

    @Override
    DataSource openDataSource() {
        return TestDatabases.derby("schedule");
    }
}
