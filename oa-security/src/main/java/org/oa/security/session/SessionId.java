package org.oa.security.session;

import java.util.Objects;
import java.util.UUID;

/**
 * A signed-in session's identifier in the registry: random, never the HTTP session ID.
 *
 * @param value the UUID
 */
public record SessionId(UUID value) {

    /** Checks that there is a value. */
    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier */
    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    /**
     * @param text the UUID as text
     * @return the identifier
     * @throws IllegalArgumentException when the text is not a UUID
     */
    public static SessionId parse(String text) {
        return new SessionId(UUID.fromString(Objects.requireNonNull(text, "text").trim()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
