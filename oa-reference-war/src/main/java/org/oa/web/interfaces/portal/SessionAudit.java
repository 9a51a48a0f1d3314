package org.oa.web.interfaces.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.oa.web.application.SignIn;

/** Audits sessions of signed-in users that end without a sign-out: the idle timeout. */
@WebListener
public class SessionAudit implements HttpSessionListener {

    /** Session attribute set by sign-out (and the absolute limit) so the ending is not counted as a timeout. */
    static final String SIGNED_OUT_KEY = "oa.signedOut";

    @Inject
    SignIn signIn;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object user = event.getSession().getAttribute(SignedInUser.SESSION_KEY);
        if (user instanceof SignedInUser signedIn && event.getSession().getAttribute(SIGNED_OUT_KEY) == null) {
            signIn.timedOut(signedIn.accountId(), signedIn.portal().portal(), "idle timeout");
        }
    }
}
