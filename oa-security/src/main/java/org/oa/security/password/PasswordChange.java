package org.oa.security.password;

import java.util.List;

/** The result of {@link Passwords#change}. */
public sealed interface PasswordChange {

    /** The new password is stored; the old one joined the history. */
    record Changed() implements PasswordChange {
    }

    /**
     * Nothing changed.
     *
     * @param violations why, each with a code and an explanation
     */
    record Rejected(List<PasswordViolation> violations) implements PasswordChange {
        /** Copies the list. */
        public Rejected {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("violations must not be empty");
            }
        }
    }
}
