package org.oa.security.internal.jdbc;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.oa.security.OaSecurityException;

/** Applies the migrations under {@code db/migration/security} to the security schema with Flyway. */
public final class SchemaMigration {

    /** Where the migrations live on the class path. */
    public static final String LOCATION = "classpath:db/migration/security";

    private static final System.Logger LOG = System.getLogger(SchemaMigration.class.getName());

    private SchemaMigration() {
    }

    /**
     * @param database the data source and schema
     * @return how many migrations ran now
     */
    public static int migrate(Database database) {
        try {
            MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                    .dataSource(database.dataSource())
                    .schemas(database.schema())
                    .defaultSchema(database.schema())
                    .locations(LOCATION)
                    .load()
                    .migrate();
            LOG.log(System.Logger.Level.INFO, "security schema {0}: {1} migration(s) applied, now at version {2}",
                    database.schema(), result.migrationsExecuted, result.targetSchemaVersion);
            return result.migrationsExecuted;
        } catch (RuntimeException e) {
            throw new OaSecurityException("migrating the security schema failed", e);
        }
    }
}
