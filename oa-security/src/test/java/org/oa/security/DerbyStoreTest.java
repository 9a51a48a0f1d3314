package org.oa.security;

import java.util.UUID;
import javax.sql.DataSource;

/** The store contract on embedded Derby in memory: a fresh database per test, one DataSource per node. */
class DerbyStoreTest extends StoreContract {

    private final String database = "oasecnodes" + UUID.randomUUID().toString().replace("-", "");

    @Override
    protected DataSource node() {
        return TestDatabases.derby(database);
    }

    @Override
    protected String schema() {
        return OaSecurity.DEFAULT_SCHEMA;
    }
}
