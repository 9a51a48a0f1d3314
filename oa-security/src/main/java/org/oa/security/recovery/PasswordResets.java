package org.oa.security.recovery;

/**
 * Password reset by e-mailed link. Obtained from {@link org.oa.security.OaSecurity#passwordResets()};
 * thread-safe. The page that asks for a reset shows the same message whether or not the account exists.
 */
public interface PasswordResets {

    /**
     * Issues a token valid for 30 minutes and revokes earlier unused ones of the account. At most one token
     * per account per minute: a repeated request within the minute issues nothing.
     *
     * @param username the username as typed
     * @return the token to e-mail (with the account's address), or empty for an unknown or disabled account or
     *         a repeated request
     */
    java.util.Optional<IssuedReset> request(String username);

    /**
     * Sets a new password with a token. The token is consumed only when the password is accepted, so the user
     * can try another password before it expires. An account with security questions must first answer them
     * with this token ({@link org.oa.security.questions.SecurityQuestions#answer}): they are an extra factor,
     * never a replacement for the link.
     *
     * @param token       the token from the link
     * @param newPassword the new password as typed
     * @return completed, refused (unknown, used or expired token), questions unanswered or the policy violations
     */
    ResetOutcome complete(String token, char[] newPassword);
}
