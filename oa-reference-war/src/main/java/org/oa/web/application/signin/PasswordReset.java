package org.oa.web.application.signin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.oa.security.OaSecurity;
import org.oa.security.password.PasswordViolation;
import org.oa.security.questions.AnswerOutcome;
import org.oa.security.questions.ResetChallenge;
import org.oa.security.recovery.IssuedReset;
import org.oa.security.recovery.ResetOutcome;
import org.oa.security.session.SessionEnd;
import org.oa.web.application.Mail;

/**
 * "Forgot password" and "forgot username": e-mails a single-use link that lives 30 minutes, and sets the new password from it. The
 * answer to a request is the same whether or not the account exists. A reset never skips the second factor: the
 * next sign-in asks for it as usual. An account with security questions must answer them after opening the link
 * and before the new password is accepted: an extra factor, never a replacement for the link; wrong answers count
 * and the fifth spends the link. Links are built from {@code oa.public-url}, never from the request's Host
 * header, so nobody can make the e-mail point elsewhere. A completed reset ends the account's signed-in
 * sessions.
 */
@ApplicationScoped
public class PasswordReset {

    private static final String INVALID_LINK =
            "This link is no longer valid: reset links work once, for 30 minutes. Ask for a new one.";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    OaSecurity security;

    @Inject
    Mail mail;

    @Inject
    WebSessions sessions;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "oa.public-url", defaultValue = "http://127.0.0.1:8080/oa")
    String publicUrl;

    /**
     * Sends the reset link if the account exists; does nothing visible otherwise. The work runs in the background
     * so that the answer comes as fast for an unknown username as for a real one.
     */
    public void request(String portalPath, String username) {
        if (username == null || username.isBlank()) {
            return;
        }
        executor.execute(() -> security.passwordResets().request(username).ifPresent(reset -> mail(portalPath, reset)));
    }

    /**
     * "Forgot username": e-mails the usernames registered with {@code email} to that address. Same answer and
     * timing whether or not the address is known (the work runs in the background).
     */
    public void remindUsername(String portalPath, String email) {
        if (email == null || email.isBlank() || email.indexOf('@') < 1) {
            return;
        }
        executor.execute(() -> {
            List<String> usernames = security.accounts().findByEmail(email).stream()
                    .map(org.oa.security.account.AccountView::username).toList();
            if (!usernames.isEmpty()) {
                mail.send(email.strip(), "Your OA username", "Hello,\n\nThe OA username"
                        + (usernames.size() > 1 ? "s" : "") + " for this e-mail address: " + String.join(", ", usernames)
                        + "\n\nSign in at " + publicUrl + "/" + portalPath + "/login.xhtml . Usernames are not "
                        + "case-sensitive; passwords are.\n\nIf you did not ask for this, you can ignore this e-mail.\n");
            }
        });
    }

    private void mail(String portalPath, IssuedReset reset) {
        String link = publicUrl + "/" + portalPath + "/reset-password.xhtml?token=" + reset.token();
        String body = "Hello " + reset.account().displayName() + ",\n\n"
                + "Someone asked to reset the password of your OA account (" + reset.account().username() + ").\n"
                + "To choose a new password, open this link before " + TIME.format(reset.expiresAt())
                + ". It works once:\n\n" + link + "\n\n"
                + "If you did not ask for this, ignore this e-mail: your password stays as it is.\n";
        mail.send(reset.account().email(), "Reset your OA password", body);
    }

    /** What the link must still pass: its security questions, nothing, or an invalid link. */
    public ResetChallenge challenge(String token) {
        return security.securityQuestions().challenge(token == null ? "" : token);
    }

    /**
     * Checks the answers to the link's security questions. Returns the problem to show, or null when they were
     * right. The message never says which answer was wrong.
     */
    public String answer(String token, List<String> answers) {
        AnswerOutcome outcome = security.securityQuestions().answer(token == null ? "" : token, answers);
        if (outcome instanceof AnswerOutcome.Accepted) {
            return null;
        }
        if (outcome instanceof AnswerOutcome.Wrong wrong) {
            if (wrong.attemptsLeft() == 0) {
                return "The answers were wrong too many times: this link no longer works. Ask for a new one.";
            }
            return "At least one answer is wrong. You can try " + wrong.attemptsLeft() + " more time"
                    + (wrong.attemptsLeft() == 1 ? "" : "s") + " before this link stops working.";
        }
        return INVALID_LINK;
    }

    /**
     * Sets a new password with a reset token. Returns the problems to show, or an empty list when the password
     * was changed.
     */
    public List<String> complete(String token, char[] newPassword) {
        ResetOutcome outcome = security.passwordResets().complete(token == null ? "" : token, newPassword);
        if (outcome instanceof ResetOutcome.Completed completed) {
            // Whoever knew the old password is signed out everywhere.
            sessions.endOthers(completed.account().toString(), null, SessionEnd.PASSWORD_RESET);
            return List.of();
        }
        if (outcome instanceof ResetOutcome.Rejected rejected) {
            return rejected.violations().stream().map(PasswordViolation::explanation).toList();
        }
        if (outcome instanceof ResetOutcome.QuestionsUnanswered) {
            return List.of("Answer your security questions first.");
        }
        return List.of(INVALID_LINK);
    }
}
