package org.oa.security;

/**
 * The one unchecked root exception of this library, for programming errors (a missing argument, a call before
 * {@link OaSecurity#migrate()}) and state errors (the database cannot be reached). Messages never contain a
 * password, a code, an e-mail address or a username.
 */
public class OaSecurityException extends RuntimeException {

    /** @param message what went wrong, free of personal data */
    public OaSecurityException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, free of personal data
     * @param cause   the underlying failure
     */
    public OaSecurityException(String message, Throwable cause) {
        super(message, cause);
    }
}
