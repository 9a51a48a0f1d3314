package org.oa.security.twofactor;

import java.time.Instant;
import java.util.Objects;

/** The result of {@link PhoneNumbers#change} and {@link PhoneNumbers#resendConfirmation}. */
public sealed interface PhoneNumberChange {

    /**
     * A confirmation code was texted to the new number, which waits for it; the confirmed number (if any) stays in
     * force until then.
     *
     * @param pending   the number waiting for confirmation
     * @param expiresAt when the code stops working
     */
    record CodeSent(PhoneNumber pending, Instant expiresAt) implements PhoneNumberChange {
        /** Validates the fields. */
        public CodeSent {
            Objects.requireNonNull(pending, "pending");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /**
     * Too soon after the previous code; nothing was sent or changed.
     *
     * @param retryAfter when another code may be sent
     */
    record Throttled(Instant retryAfter) implements PhoneNumberChange {
        /** Validates the field. */
        public Throttled {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /**
     * The typed text is not a phone number; nothing changed.
     *
     * @param problem why, with a message for the user
     */
    record Rejected(PhoneNumberProblem problem) implements PhoneNumberChange {
        /** Validates the field. */
        public Rejected {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /**
     * The {@link CodeSender} could not hand the text over (gateway down): no code waits and the number was not kept;
     * the confirmed number (if any) is unchanged. The user may try again at once.
     */
    record NotDelivered() implements PhoneNumberChange {
    }

    /** {@link PhoneNumbers#resendConfirmation} without a number waiting for confirmation. */
    record NothingPending() implements PhoneNumberChange {
    }
}
