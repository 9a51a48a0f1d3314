package org.oa.security.questions;

import java.util.List;

/** What a password reset link must pass before the new password is accepted: {@link SecurityQuestions#challenge}. */
public sealed interface ResetChallenge {

    /** The link is unknown, used, expired or spent by wrong answers. */
    record InvalidToken() implements ResetChallenge {
    }

    /** No questions to answer: the account has none, or they were answered with this link. */
    record NoneLeft() implements ResetChallenge {
    }

    /**
     * The account's questions, to be answered in this order.
     *
     * @param questions    2 or 3 questions
     * @param attemptsLeft wrong answers still allowed before the link stops working
     */
    record Questions(List<SecurityQuestion> questions, int attemptsLeft) implements ResetChallenge {
        /** Copies the list. */
        public Questions {
            questions = List.copyOf(questions);
        }
    }
}
