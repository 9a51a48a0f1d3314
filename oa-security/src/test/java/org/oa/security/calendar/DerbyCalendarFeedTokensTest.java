package org.oa.security.calendar;

import javax.sql.DataSource;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;

/** Calendar feed tokens on embedded Derby in memory, a fresh database per test. */
class DerbyCalendarFeedTokensTest extends CalendarFeedTokensContract {

    @Override
    protected DataSource database() {
        return TestDatabases.derby();
    }

    @Override
    protected String schema() {
        return OaSecurity.DEFAULT_SCHEMA;
    }
}
