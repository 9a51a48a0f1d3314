package org.oa.security.calendar;

import java.util.Objects;
import java.util.UUID;
import org.oa.security.account.AccountId;

/**
 * Who a valid calendar feed token speaks for.
 *
 * @param account    the account the token was issued to
 * @param practiceId the account's practice, or {@code null} for an account without one (a patient's)
 * @param providerId the provider whose calendar the token opens
 */
public record CalendarFeedReader(AccountId account, UUID practiceId, String providerId) {

    /** Validates the fields. */
    public CalendarFeedReader {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(providerId, "providerId");
    }
}
