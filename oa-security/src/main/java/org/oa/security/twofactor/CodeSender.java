package org.oa.security.twofactor;

/**
 * Delivers one-time codes; the WAR implements it with Jakarta Mail and an SMS gateway. Called on the
 * requesting thread after the code's hash is stored. Implementations must not log the code or the address.
 */
@FunctionalInterface
public interface CodeSender {

    /** A sender for applications that offer no e-mail/SMS codes: every send is a state error. */
    CodeSender NONE = message -> {
        throw new org.oa.security.OaSecurityException("no CodeSender configured");
    };

    /**
     * @param message the recipient, the address, the code and what it is for
     * @return {@code true} when the message was handed over (to the mail server, the gateway, an outbox);
     *         {@code false} when that failed, which withdraws the code so that the user may ask again at once
     */
    boolean send(CodeMessage message);
}
