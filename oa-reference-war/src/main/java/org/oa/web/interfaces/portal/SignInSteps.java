package org.oa.web.interfaces.portal;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.oa.web.application.RoleNames;

/**
 * The steps after an accepted password, shared by the login and role-choice pages. Every step that raises
 * what the session may do issues a new session ID.
 */
final class SignInSteps {

    private SignInSteps() {
    }

    /** Starts a fresh sign-in in a session with a new ID; whatever this session was signed in to is dropped. */
    static HttpSession begin(HttpServletRequest request, PendingSignIn pending) {
        HttpSession session = request.getSession(true);
        session.removeAttribute(SignedInUser.SESSION_KEY);
        request.changeSessionId();
        session.setAttribute(PendingSignIn.SESSION_KEY, pending);
        return session;
    }

    /** The page the pending sign-in goes to next, relative to the context root. */
    static String next(PendingSignIn pending) {
        return pending.roles().size() > 1 ? pending.portal().page("choose-role.xhtml") : pending.portal().dashboardPage();
    }

    /** Finishes signing in as {@code role}, which must be one of the pending sign-in's roles. */
    static SignedInUser complete(HttpServletRequest request, PendingSignIn pending, String role, SessionSettings timing) {
        if (!pending.roles().contains(role)) {
            throw new IllegalArgumentException("role not held in this portal");
        }
        HttpSession session = request.getSession(false);
        if (pending.roles().size() > 1) {
            request.changeSessionId();
        }
        SignedInUser user = new SignedInUser(pending.portal(), pending.accountId(), pending.username(),
                pending.displayName(), pending.practiceName(), RoleNames.of(role), pending.passwordAt());
        session.removeAttribute(PendingSignIn.SESSION_KEY);
        session.setAttribute(SignedInUser.SESSION_KEY, user);
        session.setMaxInactiveInterval((int) timing.idleTimeout(pending.portal()).toSeconds());
        return user;
    }

    /** True when the session has outlived the absolute limit, however active it was. */
    static boolean pastAbsoluteLimit(SignedInUser user, Instant now) {
        return user.signedInAt().plus(PortalSite.ABSOLUTE_SESSION_LIMIT).isBefore(now);
    }
}
