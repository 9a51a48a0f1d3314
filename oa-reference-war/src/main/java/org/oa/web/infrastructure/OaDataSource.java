package org.oa.web.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Declares the application's data source: embedded Derby in the directory named by the MicroProfile Config key
 * {@code oa.data.dir} (environment {@code OA_DATA_DIR}), created on first use. The default directory lies under
 * the user's home (see META-INF/microprofile-config.properties), never inside a build folder.
 */
@DataSourceDefinition(
        name = OaDataSource.JNDI_NAME,
        className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "${MPCONFIG=oa.data.dir}/oadb",
        properties = {"createDatabase=create"},
        minPoolSize = 1,
        maxPoolSize = 16)
@ApplicationScoped
public class OaDataSource {

    /** JNDI name of the application's data source. */
    public static final String JNDI_NAME = "java:app/jdbc/oa";
}
