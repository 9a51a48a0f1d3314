package org.oa.web.interfaces.portal.account;

import java.io.IOException;
import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.oa.web.application.signin.SecondFactor;
import org.oa.web.application.signin.SignIn;
import org.oa.web.application.UserNote;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.SignedInUser;
import org.oa.web.interfaces.portal.frame.StepUp;
import org.oa.web.interfaces.portal.signin.SecondFactorPage;

/**
 * Backs the "confirm it's you" page in front of step-up pages ({@link StepUp}): a code from the authenticator app,
 * an e-mailed or texted code or a recovery code, for the signed-in user's own account. A confirmed code opens step-up pages
 * for {@link StepUp#WINDOW}, with a new session ID, and is audited.
 */
@PortalPage
@Named("stepUpPage")
@RequestScoped
public class StepUpPage {

    /** Session attribute set once an e-mailed or texted code was sent for this step-up. */
    static final String CODE_SENT = "oa.stepUp.codeSent";

    @Inject
    SecondFactor secondFactor;

    @Inject
    SignIn signIn;

    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /**
     * The step-up page asked for ({@code next} request parameter, carried through the forms as a plain hidden
     * field), or empty when it is not one the page may return to ({@link StepUp#isReturnPage}).
     */
    public String getNext() {
        String next = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("next");
        return next != null && StepUp.isReturnPage(user().portal(), next) ? next : "";
    }

    /** Whether the user has an authenticator app (else the page offers only e-mailed and recovery codes). */
    public boolean isAuthenticatorEnrolled() {
        return secondFactor.enrolled(user().accountId());
    }

    /** Whether the user has a confirmed mobile number (the page then offers a texted code too). */
    public boolean isPhoneConfirmed() {
        return secondFactor.maskedPhone(user().accountId()).isPresent();
    }

    /** Sends a one-time code to the account's e-mail address. */
    public void emailCode() {
        sent(secondFactor.emailCode(user().accountId(), signIn.email(user().accountId())));
    }

    /** Texts a one-time code to the account's confirmed mobile number. */
    public void textCode() {
        sent(secondFactor.textCode(user().accountId()));
    }

    private static void sent(UserNote note) {
        SecondFactorPage.showSent(note, CODE_SENT);
    }

    /** Checks the code; on success opens step-up pages for a while and goes on to the page asked for. */
    public void confirm() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        SignedInUser user = user();
        boolean accepted = SecondFactorPage.codeAccepted(secondFactor, user.accountId(), code, CODE_SENT);
        code = null;
        if (!accepted) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.changeSessionId();
        external.getSessionMap().put(StepUp.CONFIRMED_AT_KEY, Instant.now());
        String target = StepUp.afterConfirm(user.portal(), getNext());
        signIn.steppedUp(user.accountId(), user.portal().portal(), target.substring(target.lastIndexOf('/') + 1));
        external.redirect(external.getRequestContextPath() + target);
    }

    private static SignedInUser user() {
        return SignedInUser.current();
    }
}
