package org.oa.web.application;

import java.util.Objects;

/**
 * What a page tells the user after an action.
 *
 * @param text    the sentence(s) to show
 * @param problem {@code true} for an error, {@code false} for information
 */
public record UserNote(String text, boolean problem) {

    public UserNote {
        Objects.requireNonNull(text, "text");
    }

    public static UserNote info(String text) {
        return new UserNote(text, false);
    }

    public static UserNote problem(String text) {
        return new UserNote(text, true);
    }
}
