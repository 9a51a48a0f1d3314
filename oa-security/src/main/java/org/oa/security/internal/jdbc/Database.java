package org.oa.security.internal.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.oa.security.OaSecurityException;

/**
 * Runs single SQL statements, each on its own connection in auto-commit mode (or in the caller's JTA
 * transaction inside a container). Tables are qualified with the quoted schema name. Thread-safe.
 */
public final class Database {

    private static final Pattern SCHEMA = Pattern.compile("[A-Z][A-Z0-9_]{0,62}");

    private final DataSource dataSource;
    private final String schema;

    /** Reads one row. */
    @FunctionalInterface
    public interface RowMapper<T> {
        /**
         * @param row positioned on a row
         * @return the value
         * @throws SQLException on a read error
         */
        T map(ResultSet row) throws SQLException;
    }

    /**
     * @param dataSource where to connect
     * @param schema     the schema name: upper case letters, digits and underscores
     */
    public Database(DataSource dataSource, String schema) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(schema, "schema");
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema must be upper case letters, digits and underscores");
        }
        this.schema = schema;
    }

    /** @return the connection source */
    public DataSource dataSource() {
        return dataSource;
    }

    /** @return the schema name */
    public String schema() {
        return schema;
    }

    /**
     * @param table an unquoted table name
     * @return the qualified name, e.g. {@code "OA_SECURITY".account}
     */
    public String table(String table) {
        return '"' + schema + "\"." + table;
    }

    /** Work done on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @param session runs statements on the shared connection
         * @return the result
         * @throws SQLException on a database error
         */
        T run(Session session) throws SQLException;
    }

    /** Statements on one connection, inside {@link #inTransaction}. */
    public final class Session {
        private final Connection connection;

        private Session(Connection connection) {
            this.connection = connection;
        }

        /**
         * @param sql        a statement
         * @param parameters the values
         * @return the update count
         * @throws SQLException on a database error
         */
        public int update(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        }

        /**
         * @param sql        a query
         * @param mapper     reads each row
         * @param parameters the values
         * @param <T>        the row type
         * @return all rows
         * @throws SQLException on a database error
         */
        public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                try (ResultSet rows = statement.executeQuery()) {
                    List<T> result = new ArrayList<>();
                    while (rows.next()) {
                        result.add(mapper.map(rows));
                    }
                    return result;
                }
            }
        }
    }

    /**
     * Runs work on one connection as one local transaction. When the connection is already in a transaction
     * (auto-commit off, e.g. a container transaction), the work joins it and commits with it instead.
     *
     * @param work the statements
     * @param <T>  the result type
     * @return the result
     */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean local = connection.getAutoCommit();
            if (!local) {
                return work.run(new Session(connection));
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run(new Session(connection));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * @param sql        a statement with {@code ?} markers
     * @param parameters the values, in order ({@code null} allowed for strings and longs)
     * @return the update count
     */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Like {@link #update} but reports a unique or primary key conflict as {@code false}.
     *
     * @param sql        an INSERT statement
     * @param parameters the values
     * @return {@code true} when the row was inserted, {@code false} on a key conflict
     */
    public boolean insertUnlessConflict(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (isKeyConflict(e)) {
                return false;
            }
            throw failure(e);
        }
    }

    /**
     * @param sql        a query
     * @param mapper     reads each row
     * @param parameters the values
     * @param <T>        the row type
     * @return all rows
     */
    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * @param sql        a query returning at most one row
     * @param mapper     reads the row
     * @param parameters the values
     * @param <T>        the row type
     * @return the row, or empty
     */
    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = query(sql, mapper, parameters);
        if (rows.size() > 1) {
            throw new OaSecurityException("expected at most one row");
        }
        return rows.stream().findFirst();
    }

    /**
     * @param sql        a query returning one number
     * @param parameters the values
     * @return the number
     */
    public long queryLong(String sql, Object... parameters) {
        return queryOne(sql, row -> row.getLong(1), parameters)
                .orElseThrow(() -> new OaSecurityException("expected one row"));
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.VARCHAR);
            } else if (value instanceof NullLong) {
                statement.setNull(index, Types.BIGINT);
            } else if (value instanceof Long number) {
                statement.setLong(index, number);
            } else if (value instanceof Integer number) {
                statement.setInt(index, number);
            } else if (value instanceof String text) {
                statement.setString(index, text);
            } else {
                throw new IllegalArgumentException("unsupported parameter type at position " + index);
            }
        }
    }

    /** A typed SQL NULL for a BIGINT column. */
    public enum NullLong {
        /** The only value. */
        INSTANCE
    }

    /**
     * @param value a number or {@code null}
     * @return the number, or a typed BIGINT null
     */
    public static Object nullableLong(Long value) {
        return value == null ? NullLong.INSTANCE : value;
    }

    private static boolean isKeyConflict(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.equals("23505") || state.equals("23000"));
    }

    private static OaSecurityException failure(SQLException e) {
        // The message carries only the SQL state: driver messages can quote key values (a username).
        return new OaSecurityException("database access failed, SQL state " + e.getSQLState(), sanitized(e));
    }

    private static SQLException sanitized(SQLException e) {
        SQLException copy = new SQLException("driver error (message withheld)", e.getSQLState(), e.getErrorCode());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
