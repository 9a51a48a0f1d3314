package org.oa.core.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import org.flywaydb.core.Flyway;
import org.oa.core.OaCoreException;
import org.oa.core.internal.persistence.JpaPracticeRepository;
import org.oa.core.practice.PracticeRepository;

/**
 * Entry point to OA core's storage. Stateless and thread-safe; repositories it hands out are not.
 *
 * <p>Schema changes are applied only by {@link #migrate(DataSource)} (never by DDL generation). In Java SE,
 * {@link #createEntityManagerFactory(DataSource)} opens a resource-local persistence unit over the data source;
 * a container instead lists {@link #MAPPING_FILE} in its own {@code persistence.xml}.
 */
public final class CorePersistence {

    /** The database schema that holds every OA core table. */
    public static final String SCHEMA = "OA_CORE";

    /** The JPA mapping file that declares OA core's entities; reference it from a container persistence unit. */
    public static final String MAPPING_FILE = "META-INF/oa-core-orm.xml";

    private static final String SE_PERSISTENCE_XML = "META-INF/oa-core-persistence.xml";
    private static final String SE_UNIT = "oa-core";

    private CorePersistence() {
    }

    /**
     * Brings schema {@value #SCHEMA} up to date with the migrations shipped in this jar. Safe to call on every
     * start and from several nodes: Flyway serialises concurrent migrations with a lock.
     */
    public static void migrate(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "data source");
        try {
            String schema = foldedLikeUnquotedIdentifiers(dataSource, SCHEMA);
            Flyway.configure(CorePersistence.class.getClassLoader())
                    .dataSource(dataSource)
                    .schemas(schema)
                    .table(foldedLikeUnquotedIdentifiers(dataSource, "OA_CORE_SCHEMA_HISTORY"))
                    .locations("classpath:db/migration/core")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new OaCoreException("migrating schema " + SCHEMA + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Flyway quotes the schema name it creates, while the mapping and the migrations use unquoted names, which
     * Derby folds to upper case and PostgreSQL to lower case: name the schema the way this database folds.
     */
    private static String foldedLikeUnquotedIdentifiers(DataSource dataSource, String name) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            if (metaData.storesLowerCaseIdentifiers()) {
                return name.toLowerCase(Locale.ROOT);
            }
            return metaData.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
        } catch (SQLException e) {
            throw new OaCoreException("cannot read the database's identifier rules: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a resource-local entity manager factory over {@code dataSource} for Java SE use. The schema must
     * already be migrated. The caller closes the factory.
     */
    public static EntityManagerFactory createEntityManagerFactory(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "data source");
        Map<String, Object> properties = new HashMap<>();
        properties.put("eclipselink.persistencexml", SE_PERSISTENCE_XML);
        properties.put("jakarta.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.logging.level", "WARNING");
        return Persistence.createEntityManagerFactory(SE_UNIT, properties);
    }

    /** Returns the practice repository working in {@code entityManager}'s unit of work. */
    public static PracticeRepository practices(EntityManager entityManager) {
        return new JpaPracticeRepository(entityManager);
    }
}
