package org.oa.web.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @AfterEach
    void clear() {
        System.clearProperty("oa.data.dir");
        System.clearProperty("oa.db.url");
        System.clearProperty("oa.db.user");
    }

    @Test
    void defaultsToEmbeddedDerbyUnderTheUsersHomeOutsideAnyBuildFolder() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("OA_DATA_DIR") == null
                && System.getenv("OA_DB_URL") == null, "environment overrides the defaults");
        Path expected = Path.of(System.getProperty("user.home"), ".oa", "data");
        assertThat(DatabaseSettings.dataDir()).isEqualTo(expected);
        assertThat(DatabaseSettings.embedded()).isTrue();
        assertThat(DatabaseSettings.url()).isEqualTo("jdbc:derby:" + expected.resolve("oadb") + ";create=true");
    }

    @Test
    void dataDirectoryAndExternalDatabaseComeFromSystemProperties() {
        System.setProperty("oa.data.dir", "/srv/oa");
        assertThat(DatabaseSettings.url()).isEqualTo("jdbc:derby:/srv/oa/oadb;create=true");

        System.setProperty("oa.db.url", "jdbc:postgresql://127.0.0.1:5432/oa");
        System.setProperty("oa.db.user", "clearinghouse");
        assertThat(DatabaseSettings.embedded()).isFalse();
        assertThat(DatabaseSettings.url()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/oa");
        assertThat(DatabaseSettings.user()).isEqualTo("clearinghouse");
    }

    @Test
    void emptyValueCountsAsUnset() {
        System.setProperty("oa.db.url", "");
        assertThat(DatabaseSettings.setting("oa.db.url")).isEqualTo(java.util.Optional.ofNullable(System.getenv("OA_DB_URL")));
    }
}
