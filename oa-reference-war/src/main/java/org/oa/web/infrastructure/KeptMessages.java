package org.oa.web.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.web.application.demo.DemoOutboxes;
import org.oa.web.infrastructure.mail.Mailer;
import org.oa.web.infrastructure.sms.SmsSender;

/** The demo outboxes of the {@link Mailer} and the {@link SmsSender}, as the application reads them. Thread-safe. */
@ApplicationScoped
public class KeptMessages implements DemoOutboxes {

    @Inject
    Mailer mailer;

    @Inject
    SmsSender sms;

    @Override
    public boolean mailKept() {
        return mailer.demoOutbox();
    }

    @Override
    public List<Mail> mails() {
        return mailer.outbox().stream().map(m -> new Mail(m.to(), m.subject(), m.body(), m.sentAt())).toList();
    }

    @Override
    public boolean textsKept() {
        return sms.demoOutbox();
    }

    @Override
    public List<Text> texts() {
        return sms.outbox().stream().map(t -> new Text(t.to(), t.text(), t.sentAt())).toList();
    }
}
