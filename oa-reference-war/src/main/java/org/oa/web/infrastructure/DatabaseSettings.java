package org.oa.web.infrastructure;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the database is, from the keys {@code oa.db.url}, {@code oa.db.user}, {@code oa.db.password} and
 * {@code oa.data.dir}, read as system properties or environment variables ({@code OA_DB_URL}, ...), as MicroProfile
 * Config maps them. Read directly rather than through MicroProfile Config because Payara opens the data source
 * while it deploys, before the application's configuration exists, and its data-source annotation mangles
 * values containing colons (every JDBC URL).
 */
public final class DatabaseSettings {

    private DatabaseSettings() {
    }

    /** The directory of the embedded Derby database; default {@code ~/.oa/data}, outside any build folder. */
    public static Path dataDir() {
        return setting("oa.data.dir").map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".oa", "data"));
    }

    /** The JDBC URL: {@code oa.db.url}, or embedded Derby in {@link #dataDir()}. */
    public static String url() {
        return setting("oa.db.url").orElseGet(() -> "jdbc:derby:" + dataDir().resolve("oadb") + ";create=true");
    }

    /** True when no external database is configured. */
    public static boolean embedded() {
        return setting("oa.db.url").isEmpty();
    }

    public static String user() {
        return setting("oa.db.user").orElse("oa");
    }

    public static String password() {
        return setting("oa.db.password").orElse("");
    }

    /** A key as a system property, else as the environment variable MicroProfile Config would map it to. */
    static Optional<String> setting(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isEmpty()) {
            value = System.getenv(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
        }
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
