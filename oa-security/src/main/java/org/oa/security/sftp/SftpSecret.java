package org.oa.security.sftp;

import java.util.Objects;

/**
 * A newly issued SFTP credential; show it once. {@code toString()} omits the secret.
 *
 * @param username the SFTP username, e.g. {@code oa-k3x9m2p7qa}
 * @param secret   the generated password (24 characters, about 140 bits)
 */
public record SftpSecret(String username, String secret) {

    /** Validates the fields. */
    public SftpSecret {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(secret, "secret");
    }

    @Override
    public String toString() {
        return "SftpSecret[username=" + username + "]";
    }
}
