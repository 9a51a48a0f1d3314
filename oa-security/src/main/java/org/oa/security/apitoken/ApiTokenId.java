package org.oa.security.apitoken;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an API token (never the token itself): safe to show, log and put in URLs.
 *
 * @param value the UUID
 */
public record ApiTokenId(UUID value) {

    /** Validates the field. */
    public ApiTokenId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier */
    public static ApiTokenId random() {
        return new ApiTokenId(UUID.randomUUID());
    }

    /**
     * @param text a UUID in its canonical form
     * @return the identifier
     * @throws IllegalArgumentException when {@code text} is not a UUID
     */
    public static ApiTokenId parse(String text) {
        return new ApiTokenId(UUID.fromString(Objects.requireNonNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
