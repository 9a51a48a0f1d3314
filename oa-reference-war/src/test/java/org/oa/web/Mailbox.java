package org.oa.web;

import java.time.Duration;
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
        }
    }

    private static synchronized GreenMail server() {
        if (server == null) {
            throw new IllegalStateException("the mail server runs only inside ReferenceDeploymentIT");
        }
        return server;
    }

    /** How many messages arrived so far: take it before the action whose mail a test then waits for. */
    static int count() {
        return server().getReceivedMessages().length;
    }

    static MimeMessage[] received() {
        return server().getReceivedMessages();
    }

    static void purge() {
        try {
            server().purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first message with this subject received after the first {@code before}, waiting up to 30 s. */
    static MimeMessage after(int before, String subject) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] all = received();
            for (int i = before; i < all.length; i++) {
                if (subject.equals(subject(all[i]))) {
                    return all[i];
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
