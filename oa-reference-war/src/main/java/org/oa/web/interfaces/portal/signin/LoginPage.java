package org.oa.web.interfaces.portal.signin;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.oa.core.practice.PracticeId;
import org.oa.security.login.LoginOutcome;
import org.oa.web.application.signin.SecondFactor;
import org.oa.web.application.signin.SignIn;
import org.oa.web.interfaces.portal.frame.PendingSignIn;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SessionSettings;
import org.oa.web.interfaces.portal.frame.SignInSteps;

/**
 * Backs every portal's login page. The portal comes from the page's path, so a form can only ever sign in to
 * the portal whose page it is on. Wrong password, unknown user and wrong portal all show the same message.
 */
@Named("loginPage")
@RequestScoped
public class LoginPage {

    @Inject
    SignIn signIn;

    @Inject
    SessionSettings sessionSettings;

    @Inject
    SecondFactor secondFactor;

    private String username;
    private String password;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** The portal this login page belongs to. */
    public PortalSite getSite() {
        return currentSite();
    }

    /** Why the visitor is on the login page, from the {@code reason} request parameter, or null. */
    public String getNotice() {
        String reason = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("reason");
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case "signed-out" -> "You have signed out.";
            case "expired" -> "Your session ended after a period without activity. Please sign in again.";
            case "limit" -> "For your security, sessions end after 12 hours. Please sign in again.";
            case "ended" -> "You were signed out: your password was changed or reset, or this session was signed out"
                    + " from another browser. Please sign in again.";
            default -> null;
        };
    }

    /**
     * Checks the credentials; on success starts a new session for this portal and goes to the next step (the
     * second factor, role choice, or the dashboard). A second factor is owed in EHR 24/7, by an account with an
     * authenticator app or a confirmed mobile number, and by every user of a practice that requires it. An account
     * with no factor at all sets up an app first; one with a factor gives it, and in EHR 24/7 (which needs an app)
     * an account with only a mobile number then sets up an app.
     */
    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        PortalSite site = currentSite();
        char[] typed = password == null ? new char[0] : password.toCharArray();
        password = null;
        Optional<SignIn.PasswordAccepted> accepted;
        try {
            accepted = signIn.checkPassword(site.portal(), username == null ? "" : username, typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
        if (accepted.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, LoginOutcome.REFUSAL_MESSAGE, null));
            return;
        }
        var account = accepted.get().account();
        String accountId = account.id().toString();
        PendingSignIn pending = new PendingSignIn(site, accountId, account.username(), account.displayName(),
                accepted.get().practiceName(),
                account.practiceId() == null ? null : new PracticeId(account.practiceId()), accepted.get().roles(),
                Instant.now(),
                secondFactor.required(site.portal(), accountId) || signIn.practiceRequiresSecondFactor(account),
                false, !secondFactor.hasConfirmedFactor(accountId),
                site == PortalSite.EHR && !secondFactor.enrolled(accountId));
        Object device = external.getRequestCookieMap().get(SecondFactorPage.DEVICE_COOKIE);
        if (pending.secondFactorOwed() && device instanceof jakarta.servlet.http.Cookie cookie
                && secondFactor.rememberedDevice(site.portal(), accountId, cookie.getValue())) {
            pending = pending.withSecondFactorPassed();
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        SignInSteps.begin(request, pending);
        String next = SignInSteps.advance(request, pending, sessionSettings);
        external.redirect(external.getRequestContextPath() + next);
    }

    private static PortalSite currentSite() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return PortalSite.containing(viewId)
                .orElseThrow(() -> new IllegalStateException("login page outside a portal: " + viewId));
    }
}
