package org.oa.web.infrastructure.sms;

/** A text message the gateway did not accept. The message says why (a status code, a timeout), never to whom. */
public final class SmsNotSent extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param reason why, without the number or the text */
    public SmsNotSent(String reason) {
        super(reason);
    }
}
