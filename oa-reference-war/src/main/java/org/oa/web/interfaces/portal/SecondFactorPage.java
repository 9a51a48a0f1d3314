package org.oa.web.interfaces.portal;

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

import org.oa.web.application.SecondFactor;
import org.oa.web.application.SignIn;

/** Backs the second-factor step: a code from the authenticator app, or a recovery code. */
@Named("secondFactorPage")
@RequestScoped
public class SecondFactorPage {

    @Inject
    SecondFactor secondFactor;

    @Inject
    SessionSettings sessionSettings;

    @Inject
    SignIn signIn;

    /** Session attribute set once an e-mail code was sent for the pending sign-in. */
    static final String EMAIL_CODE_SENT = "oa.emailCodeSent";

    /** Cookie holding a remembered device's token. */
    static final String DEVICE_COOKIE = "OA_DEVICE";

    private String code;
    private boolean remember;

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

    /** Sends a one-time code to the account's e-mail address. */
    public void emailCode() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        PendingSignIn pending = PendingSignIn.current();
        if (pending == null) {
            return;
        }
        String email = signIn.email(pending.accountId());
        String note = secondFactor.emailCode(pending.accountId(), email);
        external.getSessionMap().put(EMAIL_CODE_SENT, Boolean.TRUE);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, note, null));
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
        boolean emailCodeSent = external.getSessionMap().containsKey(EMAIL_CODE_SENT);
        Optional<String> problem = secondFactor.verify(pending.accountId(), code, emailCodeSent);
        code = null;
        if (problem.isPresent()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.get(), null));
            return;
        }
        external.getSessionMap().remove(EMAIL_CODE_SENT);
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (remember && pending.portal() != PortalSite.EHR) {
            String token = secondFactor.rememberDevice(pending.accountId(), deviceLabel(request));
            external.addResponseCookie(DEVICE_COOKIE, token, Map.of("maxAge", (int) Duration.ofDays(30).toSeconds(),
                    "path", request.getContextPath().isEmpty() ? "/" : request.getContextPath(),
                    "httpOnly", Boolean.TRUE, "secure", request.isSecure(), "SameSite", "Strict"));
        }
        PendingSignIn next = SignInSteps.secondFactorPassed(request, pending);
        external.redirect(external.getRequestContextPath() + SignInSteps.advance(request, next, true, sessionSettings));
    }

    /** A short label for the device list, from the browser's User-Agent. */
    static String deviceLabel(HttpServletRequest request) {
        return BrowserNames.describe(request.getHeader("User-Agent"));
    }

}
