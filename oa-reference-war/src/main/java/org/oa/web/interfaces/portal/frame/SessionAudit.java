package org.oa.web.interfaces.portal.frame;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.oa.security.session.SessionEnd;
import org.oa.web.application.signin.SignIn;
import org.oa.web.application.signin.WebSessions;

/**
 * Follows signed-in sessions: registers each in the shared session registry when its sign-in finishes (so a
 * password change or reset on any node can end it, and its owner can see and end it), ends it there when the
 * HTTP session ends, and audits those that end without a sign-out, i.e. by the idle timeout.
 */
@WebListener
public class SessionAudit implements HttpSessionListener, HttpSessionAttributeListener {

    /** Session attribute set by sign-out (and the absolute limit) so the ending is not counted as a timeout. */
    static final String SIGNED_OUT_KEY = "oa.signedOut";

    /** Session attribute holding the registry key of the signed-in session. */
    static final String REGISTRY_KEY = "oa.sessionKey";

    /** Session attribute holding the browser's short description, set just before the sign-in finishes. */
    static final String DEVICE_KEY = "oa.device";

    @Inject
    SignIn signIn;

    @Inject
    WebSessions sessions;

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (SignedInUser.SESSION_KEY.equals(event.getName()) && event.getValue() instanceof SignedInUser user) {
            HttpSession session = event.getSession();
            Object device = session.getAttribute(DEVICE_KEY);
            session.setAttribute(REGISTRY_KEY, sessions.begin(user.accountId(), user.portal().portal(),
                    device == null ? "" : device.toString()));
        }
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        // A new sign-in in the same browser session drops the old one (SignInSteps.begin).
        if (SignedInUser.SESSION_KEY.equals(event.getName())) {
            Object key;
            try {
                key = event.getSession().getAttribute(REGISTRY_KEY);
            } catch (IllegalStateException invalidated) {
                // The session is being invalidated (sign-out, timeout): sessionDestroyed ends its registry entry.
                return;
            }
            if (key != null) {
                sessions.end(key.toString(), SessionEnd.SIGNED_OUT);
            }
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        Object user = session.getAttribute(SignedInUser.SESSION_KEY);
        if (user instanceof SignedInUser signedIn) {
            boolean signedOut = session.getAttribute(SIGNED_OUT_KEY) != null;
            sessions.end(key(session), signedOut ? SessionEnd.SIGNED_OUT : SessionEnd.TIMED_OUT);
            if (!signedOut) {
                signIn.timedOut(signedIn.accountId(), signedIn.portal().portal(), "idle timeout");
            }
        }
    }

    /** The registry key of the session's sign-in, or null when it is not signed in. */
    public static String key(HttpSession session) {
        Object key = session == null ? null : session.getAttribute(REGISTRY_KEY);
        return key == null ? null : key.toString();
    }
}
