package org.oa.security.session;

import java.time.Instant;
import java.util.Objects;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;

/**
 * A session that is signed in, as the account's owner sees it in a list of their sessions.
 *
 * @param id         the registry's identifier
 * @param account    whose session it is
 * @param portal     the portal signed in to
 * @param device     a short description of the browser, such as "Chrome on Linux" (never the full user agent)
 * @param startedAt  when the sign-in finished
 * @param lastSeenAt the last request the registry noted (to within a minute)
 */
public record SignedInSession(SessionId id, AccountId account, Portal portal, String device, Instant startedAt,
        Instant lastSeenAt) {

    /** Checks the fields. */
    public SignedInSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }
}
