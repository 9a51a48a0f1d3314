package org.oa.security.twofactor;

import java.util.Objects;
import org.oa.security.account.AccountView;

/**
 * One code to deliver. {@code toString()} shows neither the address nor the code.
 *
 * @param account the account it is for
 * @param channel e-mail or SMS
 * @param to      where to send it: the account's e-mail address for {@link CodeChannel#EMAIL}, the phone number in
 *                E.164 form for {@link CodeChannel#SMS}
 * @param code    the six digits
 * @param purpose what the code is for, so the message can say so
 */
public record CodeMessage(AccountView account, CodeChannel channel, String to, String code, Purpose purpose) {

    /** What a code is for. */
    public enum Purpose {
        /** The second factor of a sign-in. */
        SIGN_IN,
        /** Proving that a new phone number reaches the account's owner (always {@link CodeChannel#SMS}). */
        PHONE_CONFIRMATION
    }

    /** Validates the fields. */
    public CodeMessage {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(purpose, "purpose");
    }

    @Override
    public String toString() {
        return "CodeMessage[account=" + account.id() + ", channel=" + channel + ", purpose=" + purpose + "]";
    }
}
