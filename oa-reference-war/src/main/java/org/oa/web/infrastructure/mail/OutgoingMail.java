package org.oa.web.infrastructure.mail;

import java.time.Instant;
import java.util.Objects;

/**
 * One e-mail as sent. {@code toString()} leaves out the recipient and the body.
 *
 * @param to      recipient address
 * @param subject subject line
 * @param body    plain-text body
 * @param sentAt  when it was handed to SMTP or the outbox
 */
public record OutgoingMail(String to, String subject, String body, Instant sentAt) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    @Override
    public String toString() {
        return "OutgoingMail[subject=" + subject + ", sentAt=" + sentAt + "]";
    }
}
