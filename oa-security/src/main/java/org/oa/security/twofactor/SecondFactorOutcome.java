package org.oa.security.twofactor;

import java.util.Objects;

/** The result of checking a second-factor code. */
public sealed interface SecondFactorOutcome {

    /** The one message every refused code shows. */
    String REFUSAL_MESSAGE = "The code is not valid. Try again or use another method.";

    /** @return {@code true} for {@link Accepted} */
    default boolean accepted() {
        return this instanceof Accepted;
    }

    /** The code is right and has been used up. */
    record Accepted() implements SecondFactorOutcome {
    }

    /**
     * The code was refused; show {@link #REFUSAL_MESSAGE}.
     *
     * @param reason for the audit trail only
     */
    record Refused(SecondFactorRefusal reason) implements SecondFactorOutcome {
        /** Validates the field. */
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
