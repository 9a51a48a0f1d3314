package org.oa.security.calendar;

import java.time.Instant;
import java.util.Optional;
import org.oa.security.account.AccountId;

/**
 * Issues, checks and revokes the secret tokens in iCalendar feed URLs ({@code .../calendar/{token}.ics}). An
 * account holds at most one token per provider. Tokens carry 256 random bits, so they are stored as a plain
 * SHA-256 hash and found by that hash: the lookup compares no secret character by character. Issuing and
 * revoking are written to the audit trail; refused tokens are not (a phone keeps polling an old URL). Obtained
 * from {@link org.oa.security.OaSecurity#calendarFeedTokens()}; thread-safe.
 */
public interface CalendarFeedTokens {

    /** The prefix of every token, so that leaked tokens are easy to recognize (and to scan for). */
    String PREFIX = "oacal_";

    /** Longest provider identifier, in characters. */
    int MAX_PROVIDER_ID = 64;

    /**
     * Issues a new token for the account's feed of the provider, revoking the previous one of the same account
     * and provider: the old URL stops working at once.
     *
     * @param account    the account (enabled)
     * @param providerId 1 to {@value #MAX_PROVIDER_ID} characters without control characters
     * @return the token, to show once
     * @throws IllegalArgumentException when the provider identifier is blank, too long or holds control characters
     * @throws org.oa.security.OaSecurityException when there is no such account or it is disabled
     */
    IssuedCalendarToken regenerate(AccountId account, String providerId);

    /**
     * Checks a token taken from a feed URL. A malformed, unknown or revoked token, or one of a disabled account,
     * gives empty; this never throws for what a client sent.
     *
     * @param presentedToken the token as presented, may be {@code null}
     * @return whose feed it opens, or empty
     */
    Optional<CalendarFeedReader> verify(String presentedToken);

    /**
     * Revokes every calendar feed token of the account, e.g. when it is disabled.
     *
     * @param account the account
     */
    void revokeAll(AccountId account);

    /**
     * @param account    the account
     * @param providerId the provider
     * @return when the account's current token for that provider was issued, or empty when it has none
     */
    Optional<Instant> issuedAt(AccountId account, String providerId);
}
