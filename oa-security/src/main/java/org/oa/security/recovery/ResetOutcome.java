package org.oa.security.recovery;

import java.util.List;
import org.oa.security.account.AccountId;
import org.oa.security.password.PasswordViolation;

/** The result of {@link PasswordResets#complete}. */
public sealed interface ResetOutcome {

    /**
     * The password was changed, the token consumed and any lockout lifted.
     *
     * @param account the account
     */
    record Completed(AccountId account) implements ResetOutcome {
    }

    /** The token is unknown, used or expired; show "This link is no longer valid". */
    record InvalidToken() implements ResetOutcome {
    }

    /**
     * The account has security questions and they were not yet answered with this link ({@link
     * org.oa.security.questions.SecurityQuestions#answer}); the token stays usable.
     */
    record QuestionsUnanswered() implements ResetOutcome {
    }

    /**
     * The new password breaks the policy; the token stays usable until it expires.
     *
     * @param violations each with a code and an explanation
     */
    record Rejected(List<PasswordViolation> violations) implements ResetOutcome {
        /** Copies the list. */
        public Rejected {
            violations = List.copyOf(violations);
        }
    }
}
