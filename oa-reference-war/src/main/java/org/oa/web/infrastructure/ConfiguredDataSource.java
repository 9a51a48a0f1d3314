package org.oa.web.infrastructure;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A data source over the JDBC URL of {@link DatabaseSettings}: embedded Derby by default, PostgreSQL when
 * {@code oa.db.url} names one. Payara instantiates it for {@link OaDataSource} and pools its connections. Loaded
 * from the WAR, so the drivers in WEB-INF/lib are visible.
 */
public class ConfiguredDataSource implements DataSource {

    private final String url = DatabaseSettings.url();
    private final String user = DatabaseSettings.user();
    private final String password = DatabaseSettings.password();
    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String secret) throws SQLException {
        ensureDriverLoaded();
        return DriverManager.getConnection(url, username, secret);
    }

    /** Drivers in a WAR are not found by the JDK's service loader at start-up: load the one the URL needs. */
    private void ensureDriverLoaded() throws SQLException {
        String driver;
        if (url.startsWith("jdbc:derby:")) {
            driver = "org.apache.derby.iapi.jdbc.AutoloadedDriver";
        } else if (url.startsWith("jdbc:postgresql:")) {
            driver = "org.postgresql.Driver";
        } else {
            return;
        }
        try {
            Class.forName(driver, true, ConfiguredDataSource.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new SQLException("JDBC driver " + driver + " is not in the application", e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Connection logging goes through the server's log, not a writer.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
