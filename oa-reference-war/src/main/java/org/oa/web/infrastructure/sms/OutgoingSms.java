package org.oa.web.infrastructure.sms;

import java.time.Instant;
import java.util.Objects;

/**
 * One text message as kept in the demo outbox. {@code toString()} leaves out the number and the text.
 *
 * @param to     the phone number in E.164 form
 * @param text   the message
 * @param sentAt when it was kept
 */
public record OutgoingSms(String to, String text, Instant sentAt) {

    public OutgoingSms {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    @Override
    public String toString() {
        return "OutgoingSms[sentAt=" + sentAt + "]";
    }
}
