package org.oa.web.interfaces.portal;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.oa.web.application.SignIn;
import org.oa.web.application.SignedInSessions;

/**
 * Follows signed-in sessions: registers each with {@link SignedInSessions} (so a password reset can end the
 * account's other sessions) and audits those that end without a sign-out, i.e. by the idle timeout.
 */
@WebListener
public class SessionAudit implements HttpSessionListener, HttpSessionAttributeListener {

    /** Session attribute set by sign-out (and the absolute limit) so the ending is not counted as a timeout. */
    static final String SIGNED_OUT_KEY = "oa.signedOut";

    @Inject
    SignIn signIn;

    @Inject
    SignedInSessions sessions;

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (SignedInUser.SESSION_KEY.equals(event.getName()) && event.getValue() instanceof SignedInUser user) {
            HttpSession session = event.getSession();
            sessions.add(user.accountId(), key(session), () -> end(session));
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        Object user = session.getAttribute(SignedInUser.SESSION_KEY);
        if (user instanceof SignedInUser signedIn) {
            sessions.remove(signedIn.accountId(), key(session));
            if (session.getAttribute(SIGNED_OUT_KEY) == null) {
                signIn.timedOut(signedIn.accountId(), signedIn.portal().portal(), "idle timeout");
            }
        }
    }

    /**
     * A stable key for a session: its ID changes at every privilege step, so the registry keys on an attribute
     * set once.
     */
    static String key(HttpSession session) {
        Object key = session.getAttribute("oa.sessionKey");
        if (key == null) {
            key = java.util.UUID.randomUUID().toString();
            session.setAttribute("oa.sessionKey", key);
        }
        return (String) key;
    }

    private void end(HttpSession session) {
        try {
            Object user = session.getAttribute(SignedInUser.SESSION_KEY);
            if (user instanceof SignedInUser signedIn) {
                signIn.timedOut(signedIn.accountId(), signedIn.portal().portal(), "ended by a password reset or change");
            }
            session.setAttribute(SIGNED_OUT_KEY, Boolean.TRUE);
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // The session ended by itself meanwhile: nothing left to end.
        }
    }
}
