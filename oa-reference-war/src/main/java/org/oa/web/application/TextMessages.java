package org.oa.web.application;

/**
 * The port through which use cases send a text message (SMS) to a phone; the infrastructure sends it through the
 * configured gateway or keeps it in the demo outbox. Implementations are thread-safe.
 */
public interface TextMessages {

    /**
     * Sends {@code text} to {@code to} (E.164, e.g. {@code +12175550100}). Returns false when it could not be
     * sent; a failure never throws.
     */
    boolean send(String to, String text);
}
