package org.oa.web.interfaces.portal.signin;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.oa.web.application.signin.SecondFactor;
import org.oa.web.application.signin.SignIn;
import org.oa.web.application.UserNote;
import org.oa.web.interfaces.portal.frame.BrowserNames;
import org.oa.web.interfaces.portal.frame.PendingSignIn;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SessionSettings;
import org.oa.web.interfaces.portal.frame.SignInSteps;

/**
 * Backs the second-factor step: a code from the authenticator app, a code texted to the confirmed mobile number or
 * e-mailed, or a recovery code.
 */
@Named("secondFactorPage")
@RequestScoped
public class SecondFactorPage {

    @Inject
    SecondFactor secondFactor;

    @Inject
    SessionSettings sessionSettings;

    @Inject
    SignIn signIn;

    /** Session attribute set once an e-mail or SMS code was sent for the pending sign-in. */
    static final String CODE_SENT = "oa.codeSent";

    /** Cookie holding a remembered device's token. */
    static final String DEVICE_COOKIE = "OA_DEVICE";

    private String code;
    private boolean remember;
    private Boolean authenticatorEnrolled;
    private Optional<String> maskedPhone;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isRemember() {
        return remember;
    }

    public void setRemember(boolean remember) {
        this.remember = remember;
    }

    /** EHR 24/7 asks for the second factor at every sign-in; elsewhere a device may be remembered. */
    public boolean isRememberOffered() {
        PendingSignIn pending = PendingSignIn.current();
        return pending != null && pending.portal() != PortalSite.EHR;
    }

    /** Whether the account has an authenticator app (else the page asks for a texted or e-mailed code). */
    public boolean isAuthenticatorEnrolled() {
        if (authenticatorEnrolled == null) {
            PendingSignIn pending = PendingSignIn.current();
            authenticatorEnrolled = pending != null && secondFactor.enrolled(pending.accountId());
        }
        return authenticatorEnrolled;
    }

    /** The confirmed mobile number as {@code •••• •••0123}, or null when there is none. */
    public String getMaskedPhone() {
        if (maskedPhone == null) {
            PendingSignIn pending = PendingSignIn.current();
            maskedPhone = pending == null ? Optional.empty() : secondFactor.maskedPhone(pending.accountId());
        }
        return maskedPhone.orElse(null);
    }

    /** Sends a one-time code to the account's e-mail address. */
    public void emailCode() {
        PendingSignIn pending = PendingSignIn.current();
        if (pending != null) {
            sent(secondFactor.emailCode(pending.accountId(), signIn.email(pending.accountId())));
        }
    }

    /** Texts a one-time code to the account's confirmed mobile number. */
    public void textCode() {
        PendingSignIn pending = PendingSignIn.current();
        if (pending != null) {
            sent(secondFactor.textCode(pending.accountId()));
        }
    }

    private static void sent(UserNote note) {
        showSent(note, CODE_SENT);
    }

    /**
     * Shows what sending a code gave (where it went, or why not); when it went, marks the session under
     * {@code sentKey} so that the next code typed is checked as the sent one. Shared with the step-up page.
     */
    public static void showSent(UserNote note, String sentKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!note.problem()) {
            faces.getExternalContext().getSessionMap().put(sentKey, Boolean.TRUE);
        }
        faces.addMessage(null, new FacesMessage(note.problem() ? FacesMessage.SEVERITY_ERROR
                : FacesMessage.SEVERITY_INFO, note.text(), null));
    }

    /**
     * Checks a typed code (an app or recovery code, or the one sent when the session is marked under
     * {@code sentKey}). On success the mark is cleared; otherwise the reason is shown. Shared with the step-up page.
     */
    public static boolean codeAccepted(SecondFactor secondFactor, String accountId, String code, String sentKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Map<String, Object> session = faces.getExternalContext().getSessionMap();
        Optional<String> problem = secondFactor.verify(accountId, code, session.containsKey(sentKey));
        if (problem.isPresent()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.get(), null));
            return false;
        }
        session.remove(sentKey);
        return true;
    }

    /** Checks the code; on success continues the sign-in. */
    public void verify() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        PendingSignIn pending = PendingSignIn.current();
        if (pending == null) {
            external.redirect(external.getRequestContextPath() + "/");
            return;
        }
        boolean accepted = codeAccepted(secondFactor, pending.accountId(), code, CODE_SENT);
        code = null;
        if (!accepted) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (remember && pending.portal() != PortalSite.EHR) {
            String token = secondFactor.rememberDevice(pending.accountId(), deviceLabel(request));
            external.addResponseCookie(DEVICE_COOKIE, token, Map.of("maxAge", (int) Duration.ofDays(30).toSeconds(),
                    "path", request.getContextPath().isEmpty() ? "/" : request.getContextPath(),
                    "httpOnly", Boolean.TRUE, "secure", request.isSecure(), "SameSite", "Strict"));
        }
        PendingSignIn next = SignInSteps.secondFactorPassed(request, pending);
        external.redirect(external.getRequestContextPath() + SignInSteps.advance(request, next, sessionSettings));
    }

    /** A short label for the device list, from the browser's User-Agent. */
    static String deviceLabel(HttpServletRequest request) {
        return BrowserNames.describe(request.getHeader("User-Agent"));
    }

}
