package org.oa.security.internal.audit;

import java.util.UUID;
import javax.sql.DataSource;
import org.oa.security.OaSecurity;
import org.oa.security.TestDatabases;

/** The audit tampering contract on embedded Derby in memory, a fresh database per test. */
class DerbyAuditTamperingTest extends AuditTamperingContract {

    private final String database = "oaaudit" + UUID.randomUUID().toString().replace("-", "");

    @Override
    protected DataSource dataSource() {
        return TestDatabases.derby(database);
    }

    @Override
    protected String schema() {
        return OaSecurity.DEFAULT_SCHEMA;
    }
}
