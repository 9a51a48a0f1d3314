package org.oa.web.interfaces.portal.frame;

import java.io.IOException;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.oa.web.application.signin.SignIn;

/** Backs each portal's dashboard: who is signed in, session timing for the timeout warning, and signing out. */
@PortalPage
@Named("dashboard")
@RequestScoped
public class Dashboard {

    @Inject
    SignIn signIn;

    @Inject
    SessionSettings sessionSettings;

    /** The user signed in to this session's portal; the access filter guarantees there is one. */
    public SignedInUser getUser() {
        return SignedInUser.current();
    }

    /** Seconds this session may stay idle. */
    public long getIdleSeconds() {
        return sessionSettings.idleTimeout(getUser().portal()).toSeconds();
    }

    /** Seconds before the idle limit at which the warning appears. */
    public long getWarningSeconds() {
        return sessionSettings.warningSeconds(getUser().portal());
    }

    /** Drops the browser's session cookie, so a later visit is not mistaken for a session that timed out. */
    private static void forgetSessionCookie(ExternalContext external) {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String name = request.getServletContext().getSessionCookieConfig().getName();
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        external.addResponseCookie(name == null ? "JSESSIONID" : name, "",
                Map.of("maxAge", 0, "path", path, "httpOnly", Boolean.TRUE));
    }

    /** Ends the session and returns to this portal's login page. */
    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        SignedInUser user = getUser();
        if (user != null) {
            external.getSessionMap().put(SessionAudit.SIGNED_OUT_KEY, Boolean.TRUE);
            signIn.signedOut(user.accountId(), user.portal().portal());
        }
        external.invalidateSession();
        forgetSessionCookie(external);
        String login = user == null ? "/" : user.portal().loginPage() + "?reason=signed-out";
        external.redirect(external.getRequestContextPath() + login);
    }
}
