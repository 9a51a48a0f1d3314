package org.oa.web.application.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.security.OaSecurity;
import org.oa.security.account.AccountId;
import org.oa.security.calendar.CalendarFeedReader;
import org.oa.security.calendar.IssuedCalendarToken;

/**
 * A staff member's secret link to a provider's calendar feed, for a phone or desktop calendar that cannot send an
 * API token: made (and remade, which makes the old link stop working) on the schedule page, shown once, and checked
 * when the feed is read. Only its hash is stored.
 */
@ApplicationScoped
public class CalendarTokens {

    @Inject
    OaSecurity security;

    /** A new token for {@code account}'s feed of {@code provider}; the previous one stops working. */
    public IssuedCalendarToken regenerate(String accountId, UUID provider) {
        return security.calendarFeedTokens().regenerate(AccountId.parse(accountId), provider.toString());
    }

    /** When the account's current token for the provider was made; empty when it has none. */
    public Optional<Instant> issuedAt(String accountId, UUID provider) {
        return security.calendarFeedTokens().issuedAt(AccountId.parse(accountId), provider.toString());
    }

    /** Who a presented token belongs to; empty when it is malformed, unknown, replaced or of a disabled account. */
    public Optional<CalendarFeedReader> verify(String token) {
        return security.calendarFeedTokens().verify(token);
    }
}
