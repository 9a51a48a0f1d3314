package org.oa.web.infrastructure.sms;

/**
 * Delivers one text message. The reference deployment has two: {@link HttpSmsGateway} (a provider's HTTP API) and
 * {@link DemoSmsOutbox}; another provider needs only another implementation. Implementations are thread-safe and
 * must not log the number or the text.
 */
public interface SmsGateway {

    /**
     * @param to   the phone number in E.164 form, e.g. {@code +15550100123}
     * @param text the message, plain text
     * @throws SmsNotSent when the message was not accepted; its message says why without the number or the text
     */
    void send(String to, String text) throws SmsNotSent;
}
