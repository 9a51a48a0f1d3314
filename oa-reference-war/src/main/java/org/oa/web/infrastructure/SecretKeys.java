package org.oa.web.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The keys kept outside the database. The one that seals authenticator secrets at rest: {@code oa.security.totp-key} (32 bytes, Base64) when set,
 * otherwise a key generated once into {@code <oa.data.dir>/secrets/totp.key} (readable by the owner only). Either
 * way the key never sits in the database it protects. Losing the key file means every authenticator app must be
 * enrolled again.
 */
final class SecretKeys {

    private static final int KEY_BYTES = 32;

    private SecretKeys() {
    }

    static byte[] totpKey() {
        Optional<String> configured = DatabaseSettings.setting("oa.security.totp-key");
        if (configured.isPresent()) {
            byte[] key = Base64.getDecoder().decode(configured.get().strip());
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("oa.security.totp-key must be 32 bytes in Base64");
            }
            return key;
        }
        return fileKey(DatabaseSettings.dataDir().resolve("secrets").resolve("totp.key"));
    }

    /**
     * The key of the audit chain's HMAC and of its checkpoints: {@code oa.security.audit-key} (32 bytes, Base64) when
     * set, otherwise a key generated once into {@code <oa.data.dir>/secrets/audit.key}. Like the TOTP key it must stay
     * out of the database and its backups, and be kept: entries written with it verify only with it.
     */
    static byte[] auditKey() {
        Optional<String> configured = DatabaseSettings.setting("oa.security.audit-key");
        if (configured.isPresent()) {
            byte[] key = Base64.getDecoder().decode(configured.get().strip());
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("oa.security.audit-key must be 32 bytes in Base64");
            }
            return key;
        }
        return fileKey(DatabaseSettings.dataDir().resolve("secrets").resolve("audit.key"));
    }

    private static byte[] fileKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] key = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(key);
                try {
                    Files.write(file, Base64.getEncoder().encode(key), StandardOpenOption.CREATE_NEW);
                    restrict(file);
                    return key;
                } catch (FileAlreadyExistsException anotherNodeWasFirst) {
                    // Another server sharing this directory wrote it first: use theirs.
                }
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
            if (key.length != KEY_BYTES) {
                throw new IllegalStateException("the key file " + file + " does not hold 32 bytes");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key file " + file.getFileName(), e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions protect the file.
        }
    }
}
