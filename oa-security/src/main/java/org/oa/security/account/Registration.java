package org.oa.security.account;

import java.util.List;
import java.util.Objects;
import org.oa.security.password.PasswordViolation;

/** The result of {@link Accounts#register(NewAccount)}. */
public sealed interface Registration {

    /**
     * The account exists now.
     *
     * @param id its identifier
     */
    record Created(AccountId id) implements Registration {
        /** Validates the field. */
        public Created {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * Nothing was stored.
     *
     * @param usernameTaken {@code true} when another account already has this normalised username
     * @param violations    the password policy violations, each with a code and an explanation
     */
    record Rejected(boolean usernameTaken, List<PasswordViolation> violations) implements Registration {
        /** Validates the fields. */
        public Rejected {
            violations = List.copyOf(violations);
        }
    }
}
