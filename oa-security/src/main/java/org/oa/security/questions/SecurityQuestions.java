package org.oa.security.questions;

import java.util.List;
import org.oa.security.account.AccountId;

/**
 * Security questions: an extra factor of the password reset, in addition to the e-mailed link and never instead
 * of it or of the second factor. Obtained from {@link org.oa.security.OaSecurity#securityQuestions()};
 * thread-safe.
 *
 * <p>Answers are compared after normalisation (Unicode NFKC, lower case, surrounding whitespace removed, inner
 * runs of whitespace as one space) and stored only as argon2id hashes, each with its own salt. After {@value
 * #MAX_WRONG_ANSWERS} wrong answers the reset link is spent.
 */
public interface SecurityQuestions {

    /** Fewest questions an account may choose. */
    int MIN_QUESTIONS = 2;
    /** Most questions an account may choose. */
    int MAX_QUESTIONS = 3;
    /** Wrong answers a reset link allows before it stops working. */
    int MAX_WRONG_ANSWERS = 5;

    /** @return the shipped questions, in display order */
    List<SecurityQuestion> catalogue();

    /**
     * Replaces the account's questions and answers.
     *
     * @param account the account
     * @param answers 2 or 3 different questions from the catalogue, each with an answer of 3 to 100 characters
     *                after normalisation; no two answers alike
     * @return saved, or the problems (nothing stored)
     */
    QuestionsChange set(AccountId account, List<ChosenAnswer> answers);

    /**
     * @param account the account
     * @return the questions it chose, in order (never the answers); empty when it has none
     */
    List<SecurityQuestion> questionsOf(AccountId account);

    /**
     * @param account the account
     * @return {@code true} when it had questions and they are now removed
     */
    boolean remove(AccountId account);

    /**
     * @param resetToken the token from a password reset link
     * @return the questions still to answer with this link, none, or an invalid link
     */
    ResetChallenge challenge(String resetToken);

    /**
     * Checks all answers (always all of them, so the time does not tell which was wrong). A wrong set counts
     * toward {@link #MAX_WRONG_ANSWERS}; the last allowed wrong set spends the link.
     *
     * @param resetToken the token from a password reset link
     * @param answers    the answers as typed, in the order of {@link ResetChallenge.Questions#questions()}
     * @return accepted, wrong (with the attempts left) or an invalid link
     */
    AnswerOutcome answer(String resetToken, List<String> answers);
}
