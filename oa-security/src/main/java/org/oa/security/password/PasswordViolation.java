package org.oa.security.password;

import java.util.Objects;

/**
 * One reason a password was refused. The explanation never repeats the password or the personal data found.
 *
 * @param code        what rule was broken
 * @param explanation a sentence for the user
 */
public record PasswordViolation(ViolationCode code, String explanation) {

    /** Validates the fields. */
    public PasswordViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explanation, "explanation");
    }
}
