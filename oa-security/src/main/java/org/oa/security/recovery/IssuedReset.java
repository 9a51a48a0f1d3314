package org.oa.security.recovery;

import java.time.Instant;
import java.util.Objects;
import org.oa.security.account.AccountView;

/**
 * A reset token to deliver. {@code toString()} omits the token and the e-mail address.
 *
 * @param account   the account (with the address to send the link to)
 * @param token     256 random bits, URL-safe Base64; put it in the link, never in a log
 * @param expiresAt when it stops working
 */
public record IssuedReset(AccountView account, String token, Instant expiresAt) {

    /** Validates the fields. */
    public IssuedReset {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "IssuedReset[account=" + account.id() + ", expiresAt=" + expiresAt + "]";
    }
}
