package org.oa.security.questions;

/** The result of {@link SecurityQuestions#answer}. It never says which answer was wrong. */
public sealed interface AnswerOutcome {

    /** All answers matched; the link may now set a new password. */
    record Accepted() implements AnswerOutcome {
    }

    /**
     * At least one answer did not match.
     *
     * @param attemptsLeft wrong answers still allowed; when it reaches 0 the link no longer works
     */
    record Wrong(int attemptsLeft) implements AnswerOutcome {
    }

    /** The link is unknown, used, expired or already spent by wrong answers. */
    record InvalidToken() implements AnswerOutcome {
    }
}
