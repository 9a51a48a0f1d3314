package org.oa.security.questions;

import java.util.Objects;

/**
 * A question chosen by the user and their answer as typed. {@code toString()} omits the answer.
 *
 * @param questionId the {@link SecurityQuestion#id()} from {@link SecurityQuestions#catalogue()}
 * @param answer     the answer as typed; normalised before hashing
 */
public record ChosenAnswer(String questionId, String answer) {

    /** Validates the fields. */
    public ChosenAnswer {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(answer, "answer");
    }

    @Override
    public String toString() {
        return "ChosenAnswer[questionId=" + questionId + "]";
    }
}
