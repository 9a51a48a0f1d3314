package org.oa.web.application.demo;

import java.time.Instant;
import java.util.List;

/**
 * The port through which the Administration page reads the e-mails and text messages a deployment without an SMTP
 * server or SMS gateway keeps instead of sending; the infrastructure's mail and SMS senders keep them, so that
 * pages need not know the senders. Implementations are thread-safe.
 */
public interface DemoOutboxes {

    /** An e-mail kept in the outbox. */
    record Mail(String to, String subject, String body, Instant sentAt) {
        @Override
        public String toString() {
            return "Mail[kept at " + sentAt + "]";
        }
    }

    /** A text message kept in the outbox. */
    record Text(String to, String text, Instant sentAt) {
        @Override
        public String toString() {
            return "Text[kept at " + sentAt + "]";
        }
    }

    /** True when e-mail is kept here rather than sent. */
    boolean mailKept();

    /** Kept e-mails, newest first. */
    List<Mail> mails();

    /** True when text messages are kept here rather than sent. */
    boolean textsKept();

    /** Kept text messages, newest first. */
    List<Text> texts();
}
