package org.oa.security.questions;

import java.util.Objects;

/**
 * One question of the shipped list.
 *
 * @param id   a stable identifier (lower case letters, digits and '-'), stored with the answer
 * @param text the question as shown to the user
 */
public record SecurityQuestion(String id, String text) {

    /** Validates the fields. */
    public SecurityQuestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (!id.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("id must be 1-40 of a-z, 0-9 and '-'");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("text must not be blank");
        }
    }
}
