package org.oa.security.twofactor;

import java.time.Instant;
import java.util.Objects;

/** The result of {@link TwoFactor#sendCode}. */
public sealed interface CodeDispatch {

    /**
     * A new code was sent.
     *
     * @param expiresAt when it stops working
     */
    record Sent(Instant expiresAt) implements CodeDispatch {
        /** Validates the field. */
        public Sent {
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /**
     * Too soon after the previous send; nothing was sent.
     *
     * @param retryAfter when a resend is allowed
     */
    record Throttled(Instant retryAfter) implements CodeDispatch {
        /** Validates the field. */
        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /**
     * Nothing was sent and no new code waits, so the user may ask again at once (a failed delivery withdraws the
     * code it carried).
     *
     * @param reason why
     */
    record NotSent(Reason reason) implements CodeDispatch {
        /** Validates the field. */
        public NotSent {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a code was not sent. */
    enum Reason {
        /** SMS was asked for, but the account has no confirmed phone number. */
        NO_PHONE_NUMBER,
        /** The {@link CodeSender} could not hand the message over (mail server or SMS gateway failing). */
        NOT_DELIVERED
    }
}
