package org.oa.security.account;

import java.util.Objects;
import java.util.UUID;

/**
 * The stable identifier of an account; safe to log.
 *
 * @param value a random UUID
 */
public record AccountId(UUID value) {

    /** Validates the value. */
    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    /** @return a new random identifier */
    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    /**
     * @param text the canonical UUID text
     * @return the identifier
     */
    public static AccountId parse(String text) {
        return new AccountId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
