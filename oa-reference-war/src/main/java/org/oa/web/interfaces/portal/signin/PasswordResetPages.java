package org.oa.web.interfaces.portal.signin;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.security.questions.ResetChallenge;
import org.oa.security.questions.SecurityQuestion;
import org.oa.web.application.signin.PasswordReset;
import org.oa.web.interfaces.portal.frame.AnswerBoxes;
import org.oa.web.interfaces.portal.frame.PortalSite;

/**
 * Backs the "forgot password" and "choose a new password" pages of every portal. An account with security
 * questions answers them on the reset page before the new password form appears.
 */
@Named("passwordReset")
@RequestScoped
public class PasswordResetPages {

    @Inject
    PasswordReset passwordReset;

    private String username;
    private String email;
    private String token;
    private String password;
    private String confirmation;
    private boolean requested;
    private boolean changed;
    private final AnswerBoxes answers = new AnswerBoxes();
    private ResetChallenge challenge;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Sends the usernames of this address to it; the page says the same either way. */
    public void remindUsername() {
        passwordReset.remindUsername(getSite().path(), email);
        requested = true;
    }

    /** The token from the form, or on first view from the link's {@code token} parameter. */
    public String getToken() {
        if (token == null) {
            java.util.Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap();
            // "token" from the link or the password form, "answerToken" from the questions form.
            token = parameters.getOrDefault("token", parameters.get("answerToken"));
        }
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public boolean isRequested() {
        return requested;
    }

    public boolean isChanged() {
        return changed;
    }

    public PortalSite getSite() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return PortalSite.containing(viewId).orElseThrow();
    }

    /** What the link must still pass; computed once per request, again after an answer. */
    private ResetChallenge challenge() {
        if (challenge == null) {
            challenge = passwordReset.challenge(getToken());
        }
        return challenge;
    }

    /** {@code true} while the account's security questions are still to be answered with this link. */
    public boolean isQuestionsRequired() {
        return challenge() instanceof ResetChallenge.Questions;
    }

    /** The questions to answer, in order; empty when none. */
    public List<SecurityQuestion> getQuestions() {
        return challenge() instanceof ResetChallenge.Questions questions ? questions.questions() : List.of();
    }

    /** Wrong answers still allowed with this link. */
    public int getAttemptsLeft() {
        return challenge() instanceof ResetChallenge.Questions questions ? questions.attemptsLeft() : 0;
    }

    /** The answer boxes (write-only). */
    public AnswerBoxes getAnswers() {
        return answers;
    }

    /** Checks the answers; on success the page shows the new password form. Answers are never shown back. */
    public void answerQuestions() {
        int count = getQuestions().size();
        List<String> typed = new java.util.ArrayList<>(count);
        String[] boxes = answers.take();
        for (int i = 0; i < count; i++) {
            typed.add(boxes[i] == null ? "" : boxes[i]);
        }
        String problem = passwordReset.answer(getToken(), typed);
        challenge = null;
        if (problem != null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem,
                    null));
        }
    }

    /** Sends the link when the account exists; the page says the same either way. */
    public void request() {
        passwordReset.request(getSite().path(), username);
        requested = true;
    }

    /** Sets the new password from the link's token. */
    public void complete() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (password == null || !password.equals(confirmation)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The two passwords are not the same. Type them again.", null));
            return;
        }
        char[] typed = password.toCharArray();
        password = null;
        confirmation = null;
        List<String> problems;
        try {
            problems = passwordReset.complete(getToken(), typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
        problems.forEach(p -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p, null)));
        changed = problems.isEmpty();
    }
}
