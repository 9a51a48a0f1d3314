package org.oa.web.infrastructure.mail;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oa.web.application.Mail;

/**
 * Sends plain-text e-mail through SMTP ({@code oa.mail.host}, {@code oa.mail.port} default 25,
 * {@code oa.mail.user}/{@code oa.mail.password} when the server wants them, {@code oa.mail.starttls},
 * {@code oa.mail.from}). With no host configured it keeps the newest 200 messages in a demo outbox instead.
 * Thread-safe.
 */
@ApplicationScoped
public class Mailer implements Mail {

    private static final Logger LOG = System.getLogger(Mailer.class.getName());
    private static final int OUTBOX_SIZE = 200;

    @Inject
    @ConfigProperty(name = "oa.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "oa.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "oa.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "oa.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "oa.mail.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "oa.mail.from", defaultValue = "OA <no-reply@oa.localhost>")
    String from;

    private final Deque<OutgoingMail> outbox = new ArrayDeque<>();

    /** True when messages go to the demo outbox rather than to an SMTP server. */
    public boolean demoOutbox() {
        return host.filter(h -> !h.isBlank()).isEmpty();
    }

    /**
     * Sends a message. Failures are logged without the recipient and reported as false, so a mail server that is
     * down never breaks the action that wanted to notify.
     */
    @Override
    public boolean send(String to, String subject, String body) {
        OutgoingMail mail = new OutgoingMail(to, subject, body, Instant.now());
        if (demoOutbox()) {
            synchronized (outbox) {
                outbox.addFirst(mail);
                while (outbox.size() > OUTBOX_SIZE) {
                    outbox.removeLast();
                }
            }
            LOG.log(Level.INFO, "e-mail \"{0}\" kept in the demo outbox (no oa.mail.host configured)", subject);
            return true;
        }
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            message.setSentDate(java.util.Date.from(mail.sentAt()));
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "e-mail \"{0}\" could not be sent: {1}", subject, e.getClass().getSimpleName());
            return false;
        }
    }

    /** The demo outbox, newest first. Empty when mail goes to SMTP. */
    public List<OutgoingMail> outbox() {
        synchronized (outbox) {
            return List.copyOf(outbox);
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
        if (user.isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}
