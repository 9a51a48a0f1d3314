package org.oa.security.apitoken;

import java.util.Objects;

/**
 * A newly issued API token; show it once, it cannot be read back. {@code toString()} omits the token.
 *
 * @param id    the token's identifier
 * @param token the bearer token, {@code oa_} and 43 URL-safe Base64 characters (256 random bits)
 */
public record IssuedApiToken(ApiTokenId id, String token) {

    /** Validates the fields. */
    public IssuedApiToken {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String toString() {
        return "IssuedApiToken[id=" + id + "]";
    }
}
