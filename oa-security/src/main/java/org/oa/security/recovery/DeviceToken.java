package org.oa.security.recovery;

import java.util.Objects;

/**
 * A new remembered device. {@code toString()} omits the token.
 *
 * @param token  the cookie value (256 random bits, URL-safe Base64); stored only as a hash
 * @param device the entry in the device list
 */
public record DeviceToken(String token, RememberedDevice device) {

    /** Validates the fields. */
    public DeviceToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(device, "device");
    }

    @Override
    public String toString() {
        return "DeviceToken[device=" + device + "]";
    }
}
