package org.oa.security.lockout;

import java.time.Instant;
import java.util.Objects;
import org.oa.security.account.AccountView;

/**
 * An account was just locked. {@code toString()} leaves out the e-mail address (see {@link AccountView}).
 *
 * @param account     the account, with the address to notify
 * @param lockedUntil when the lock ends by itself
 * @param lockNumber  1 for the first lock since the last successful sign-in, 2 for the next, and so on
 */
public record AccountLocked(AccountView account, Instant lockedUntil, int lockNumber) {

    /** Validates the fields. */
    public AccountLocked {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
    }
}
