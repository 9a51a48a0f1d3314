package org.oa.security.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * A newly issued calendar feed token; show it once (in the feed URL), it cannot be read back. {@code toString()}
 * omits the token.
 *
 * @param token    {@value CalendarFeedTokens#PREFIX} and 43 URL-safe Base64 characters (256 random bits)
 * @param issuedAt when it was issued
 */
public record IssuedCalendarToken(String token, Instant issuedAt) {

    /** Validates the fields. */
    public IssuedCalendarToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    @Override
    public String toString() {
        return "IssuedCalendarToken[issuedAt=" + issuedAt + "]";
    }
}
