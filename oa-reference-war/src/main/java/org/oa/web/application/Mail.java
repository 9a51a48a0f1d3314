package org.oa.web.application;

/**
 * The port through which use cases send an e-mail to a person (a password reset, a security notice); the
 * infrastructure sends it through SMTP or keeps it in the demo outbox. Implementations are thread-safe.
 */
public interface Mail {

    /**
     * Sends a plain-text message to {@code to}. Returns false when it could not be sent; a failure never throws,
     * so that a mail server that is down never breaks the action that wanted to notify.
     */
    boolean send(String to, String subject, String body);
}
