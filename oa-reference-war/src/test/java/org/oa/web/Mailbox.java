package org.oa.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The one SMTP server of the container tests, in this JVM on loopback (the deployment sends its mail here, see
 * {@code oa.it.smtp.port}). {@link ReferenceDeploymentIT} starts it before the first test class and stops it after
 * the last, so a test waits for mail that arrived after a count it took before acting, never for "any mail with
 * this subject" (another class may have received one earlier).
 */
final class Mailbox {

    private static GreenMail server;
    private static final List<MimeMessage> SEEN = new ArrayList<>();
    private static final Set<String> SEEN_IDS = new HashSet<>();

    private Mailbox() {
    }

    static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(Integer.parseInt(System.getProperty("oa.it.smtp.port")),
                    "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
            SEEN.clear();
            SEEN_IDS.clear();
        }
    }

    private static synchronized GreenMail server() {
        if (server == null) {
            throw new IllegalStateException("the mail server runs only inside ReferenceDeploymentIT");
        }
        return server;
    }

    /**
     * Every message received so far, in the order this class first saw it. GreenMail lists its messages mailbox by
     * mailbox, not by arrival, so a position in its list says nothing about "newer"; a position here does.
     */
    private static synchronized List<MimeMessage> seen() {
        for (MimeMessage message : server().getReceivedMessages()) {
            if (SEEN_IDS.add(idOf(message))) {
                SEEN.add(message);
            }
        }
        return List.copyOf(SEEN);
    }

    private static String idOf(MimeMessage message) {
        try {
            String id = message.getMessageID();
            if (id != null) {
                return id;
            }
            return message.getSubject() + "|" + message.getSentDate() + "|"
                    + java.util.Arrays.toString(message.getAllRecipients()) + "|" + GreenMailUtil.getBody(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many messages arrived so far: take it before the action whose mail a test then waits for. */
    static int count() {
        return seen().size();
    }

    /** Every message received so far, oldest first. */
    static List<MimeMessage> received() {
        return seen();
    }

    /** The first message with this subject received after the first {@code before}, waiting up to 30 s. */
    static MimeMessage after(int before, String subject) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> all = seen();
            for (int i = before; i < all.size(); i++) {
                if (subject.equals(subject(all.get(i)))) {
                    return all.get(i);
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no new e-mail with subject " + subject);
    }

    /** The six-digit code of the first sign-in code e-mail received after the first {@code before}. */
    static String codeAfter(int before) throws InterruptedException {
        return codeIn(after(before, "Your OA sign-in code"));
    }

    /** The six-digit code in a sign-in code e-mail. */
    static String codeIn(MimeMessage mail) {
        Matcher code = Pattern.compile("code is ([0-9]{6})").matcher(GreenMailUtil.getBody(mail));
        if (!code.find()) {
            throw new AssertionError("the e-mail carries no code");
        }
        return code.group(1);
    }

    /** The body as sent (quoted-printable soft line breaks and {@code =3D} undone, so links read whole). */
    static String body(MimeMessage mail) {
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }
}
