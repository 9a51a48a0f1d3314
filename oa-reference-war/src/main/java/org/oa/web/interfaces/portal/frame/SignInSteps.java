package org.oa.web.interfaces.portal.frame;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.oa.security.account.Role;
import org.oa.web.application.signin.RoleNames;

/**
 * The steps after an accepted password, shared by the login, second-factor and role-choice pages: second factor
 * (enrolling an authenticator app first where needed), then role choice, then the dashboard. Every step that
 * raises what the session may do issues a new session ID.
 */
public final class SignInSteps {

    /** Pages of the steps between an accepted password and the dashboard. */
    static final String SECOND_FACTOR_PAGE = "second-factor.xhtml";
    static final String ENROL_PAGE = "enrol-authenticator.xhtml";
    static final String CHOOSE_ROLE_PAGE = "choose-role.xhtml";
    static final String CONTINUE = "continue-sign-in";

    private SignInSteps() {
    }

    /** Starts a fresh sign-in in a session with a new ID; whatever this session was signed in to is dropped. */
    public static HttpSession begin(HttpServletRequest request, PendingSignIn pending) {
        HttpSession session = request.getSession(true);
        session.removeAttribute(SignedInUser.SESSION_KEY);
        request.changeSessionId();
        session.setAttribute(PendingSignIn.SESSION_KEY, pending);
        return session;
    }

    /**
     * Moves the sign-in on as far as it can go without the user: finishes it when nothing is owed and there is
     * one role. Returns the page to go to, relative to the context root.
     */
    public static String advance(HttpServletRequest request, PendingSignIn pending, SessionSettings timing) {
        if (pending.secondFactorOwed()) {
            return pending.portal().page(pending.noConfirmedFactor() ? ENROL_PAGE : SECOND_FACTOR_PAGE);
        }
        if (pending.appOwed()) {
            return pending.portal().page(ENROL_PAGE);
        }
        if (pending.roles().size() > 1) {
            return pending.portal().page(CHOOSE_ROLE_PAGE);
        }
        complete(request, pending, pending.roles().get(0), timing);
        return pending.portal().dashboardPage();
    }

    /** Records the second factor as given, with a new session ID. */
    public static PendingSignIn secondFactorPassed(HttpServletRequest request, PendingSignIn pending) {
        PendingSignIn next = pending.withSecondFactorPassed();
        request.changeSessionId();
        request.getSession(false).setAttribute(PendingSignIn.SESSION_KEY, next);
        return next;
    }

    /** Records a confirmed authenticator app (the second factor, and what was owed), with a new session ID. */
    public static PendingSignIn appEnrolled(HttpServletRequest request, PendingSignIn pending) {
        PendingSignIn next = pending.withAppEnrolled();
        request.changeSessionId();
        request.getSession(false).setAttribute(PendingSignIn.SESSION_KEY, next);
        return next;
    }

    /** Finishes signing in as {@code role}, which must be one of the pending sign-in's roles. */
    public static SignedInUser complete(HttpServletRequest request, PendingSignIn pending, Role role, SessionSettings timing) {
        if (!pending.roles().contains(role)) {
            throw new IllegalArgumentException("role not held in this portal");
        }
        if (pending.secondFactorOwed() || pending.appOwed()) {
            throw new IllegalStateException("second factor not given");
        }
        HttpSession session = request.getSession(false);
        if (pending.roles().size() > 1) {
            request.changeSessionId();
        }
        SignedInUser user = new SignedInUser(pending.portal(), pending.accountId(), pending.username(),
                pending.displayName(), pending.practiceName(), pending.practiceId(), role, RoleNames.of(role),
                pending.passwordAt());
        session.removeAttribute(PendingSignIn.SESSION_KEY);
        // Read by SessionAudit when it registers the session (the listener does not see the request).
        session.setAttribute(SessionAudit.DEVICE_KEY, BrowserNames.describe(request.getHeader("User-Agent")));
        session.setAttribute(SignedInUser.SESSION_KEY, user);
        session.setMaxInactiveInterval((int) timing.idleTimeout(pending.portal()).toSeconds());
        return user;
    }

    /** The page a pending sign-in may currently see: only the step it is at. */
    static boolean mayShow(PendingSignIn pending, String page) {
        if (page.equals(ENROL_PAGE)) {
            return pending.mayEnrolApp();
        }
        if (pending.secondFactorOwed()) {
            return page.equals(SECOND_FACTOR_PAGE) && !pending.noConfirmedFactor();
        }
        if (pending.appOwed()) {
            return false;
        }
        return page.equals(CONTINUE) || page.equals(CHOOSE_ROLE_PAGE) && pending.roles().size() > 1;
    }

    /** True when the session has outlived the absolute limit, however active it was. */
    static boolean pastAbsoluteLimit(SignedInUser user, Instant now) {
        return user.signedInAt().plus(PortalSite.ABSOLUTE_SESSION_LIMIT).isBefore(now);
    }
}
