package org.oa.web.interfaces.portal.frame;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.oa.core.practice.PracticeId;
import org.oa.security.account.Role;

/**
 * A sign-in whose password was accepted but which still has steps to go (a second factor, choosing a role),
 * kept in the session under {@link #SESSION_KEY}. It opens no portal page; only the remaining steps' pages.
 *
 * @param portal               the portal being signed in to
 * @param accountId            the account
 * @param username             the normalised username
 * @param displayName          the name to show
 * @param practiceName         the practice's name, or null for a patient
 * @param practiceId           the practice's ID, or null for a patient
 * @param roles                the account's roles in this portal sorted
 * @param passwordAt           when the password was accepted
 * @param secondFactorRequired whether this sign-in needs a second factor
 * @param secondFactorPassed   whether the second factor was given
 * @param noConfirmedFactor    whether the account had no authenticator app and no confirmed mobile number when
 *                             the password was accepted: only then may the sign-in enrol a first factor before
 *                             giving one
 * @param appOwed              whether an authenticator app must be set up before the sign-in ends (EHR 24/7
 *                             requires one), after the second factor was given
 */
public record PendingSignIn(PortalSite portal, String accountId, String username, String displayName,
                            String practiceName, PracticeId practiceId, List<Role> roles, Instant passwordAt,
                            boolean secondFactorRequired, boolean secondFactorPassed, boolean noConfirmedFactor,
                            boolean appOwed) implements Serializable {

    /** Session attribute holding the pending sign-in. */
    public static final String SESSION_KEY = "oa.pendingSignIn";

    public PendingSignIn {
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(passwordAt, "passwordAt");
        roles = List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("roles must not be empty");
        }
    }

    /** The pending sign-in of the current request's session, or null. */
    public static PendingSignIn current() {
        return (PendingSignIn) jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getSessionMap().get(SESSION_KEY);
    }

    /** This sign-in with its second factor given. */
    public PendingSignIn withSecondFactorPassed() {
        return new PendingSignIn(portal, accountId, username, displayName, practiceName, practiceId, roles, passwordAt,
                secondFactorRequired, true, noConfirmedFactor, appOwed);
    }

    /** This sign-in with an authenticator app confirmed: it counts as the second factor and settles what was owed. */
    public PendingSignIn withAppEnrolled() {
        return new PendingSignIn(portal, accountId, username, displayName, practiceName, practiceId, roles, passwordAt,
                secondFactorRequired, true, false, false);
    }

    /**
     * Whether this sign-in may set up an authenticator app now. Before the second factor only an account with no
     * factor at all may (its first enrolment); an account with one must give it first, so that a password alone can
     * never replace the owner's app. After the second factor, only when an app is still owed.
     */
    public boolean mayEnrolApp() {
        return secondFactorOwed() ? noConfirmedFactor : appOwed;
    }

    /** True when a second factor is still owed. */
    public boolean secondFactorOwed() {
        return secondFactorRequired && !secondFactorPassed;
    }
}
