package org.oa.web.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretKeysTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void clear() {
        System.clearProperty("oa.data.dir");
        System.clearProperty("oa.security.totp-key");
    }

    @Test
    void generatesTheKeyOnceIntoAnOwnerOnlyFileAndReadsItBack() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("OA_SECURITY_TOTP_KEY") == null);
        System.setProperty("oa.data.dir", dataDir.toString());
        byte[] first = SecretKeys.totpKey();
        Path file = dataDir.resolve("secrets").resolve("totp.key");
        assertThat(first).hasSize(32);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(SecretKeys.totpKey()).isEqualTo(first);
    }

    @Test
    void configuredKeyWinsAndMustHold32Bytes() {
        byte[] key = new byte[32];
        key[0] = 7;
        System.setProperty("oa.data.dir", dataDir.toString());
        System.setProperty("oa.security.totp-key", Base64.getEncoder().encodeToString(key));
        assertThat(SecretKeys.totpKey()).isEqualTo(key);
        assertThat(dataDir.resolve("secrets")).doesNotExist();
        System.setProperty("oa.security.totp-key", Base64.getEncoder().encodeToString(new byte[16]));
        assertThatThrownBy(SecretKeys::totpKey).isInstanceOf(IllegalStateException.class);
    }
}
