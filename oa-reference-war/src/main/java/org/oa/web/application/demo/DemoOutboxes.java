package org.oa.web.application.demo;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.web.infrastructure.mail.Mailer;
import org.oa.web.infrastructure.sms.SmsSender;

/**
 * The e-mails and text messages a deployment without an SMTP server or SMS gateway keeps instead of sending, as the
 * Administration page shows them, so that pages need not know the senders.
 */
@ApplicationScoped
public class DemoOutboxes {

    /** An e-mail kept in the outbox. */
    public record Mail(String to, String subject, String body, Instant sentAt) {
        @Override
        public String toString() {
            return "Mail[kept at " + sentAt + "]";
        }
    }

    /** A text message kept in the outbox. */
    public record Text(String to, String text, Instant sentAt) {
        @Override
        public String toString() {
            return "Text[kept at " + sentAt + "]";
        }
    }

    @Inject
    Mailer mailer;

    @Inject
    SmsSender sms;

    /** True when e-mail is kept here rather than sent. */
    public boolean mailKept() {
        return mailer.demoOutbox();
    }

    /** Kept e-mails, newest first. */
    public List<Mail> mails() {
        return mailer.outbox().stream().map(m -> new Mail(m.to(), m.subject(), m.body(), m.sentAt())).toList();
    }

    /** True when text messages are kept here rather than sent. */
    public boolean textsKept() {
        return sms.demoOutbox();
    }

    /** Kept text messages, newest first. */
    public List<Text> texts() {
        return sms.outbox().stream().map(t -> new Text(t.to(), t.text(), t.sentAt())).toList();
    }
}
