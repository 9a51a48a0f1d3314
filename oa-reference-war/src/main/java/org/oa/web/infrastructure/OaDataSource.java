package org.oa.web.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the application's data source: PostgreSQL when {@code oa.db.url} is set (with {@code oa.db.user} and
 * {@code oa.db.password}); otherwise embedded Derby in the directory named by {@code oa.data.dir}, created on first
 * use. See {@link DatabaseSettings}.
 */
@DataSourceDefinition(
        name = OaDataSource.JNDI_NAME,
        className = "org.oa.web.infrastructure.ConfiguredDataSource",
        minPoolSize = 1,
        maxPoolSize = 16)
@ApplicationScoped
public class OaDataSource {

    /** JNDI name of the application's data source. */
    public static final String JNDI_NAME = "java:app/jdbc/oa";
}
