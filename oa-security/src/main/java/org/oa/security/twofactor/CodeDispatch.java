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
}
