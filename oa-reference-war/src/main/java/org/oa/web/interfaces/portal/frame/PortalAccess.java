package org.oa.web.interfaces.portal.frame;

import java.util.Optional;

/**
 * The access decision for one request to a portal page, as a pure function of the page and what the session
 * holds, so that it can be tested without a server. {@link PortalAccessFilter} applies it; the session checks that
 * need the server (absolute limit, sessions ended elsewhere) come before it.
 */
public final class PortalAccess {

    /** What the filter does with the request. */
    public enum Verdict {
        /** Serve the page. */
        ALLOW,
        /** Send the visitor to the portal's login page. */
        TO_LOGIN,
        /** Send the visitor to the confirm page first (step-up), which comes back. */
        TO_STEP_UP,
        /** Send a signed-in visitor opening a sign-in step to the dashboard. */
        TO_DASHBOARD,
        /** 403: signed in here, but not in a role this page is for. */
        FORBIDDEN,
        /** 404: no such page in this portal. */
        NOT_FOUND
    }

    /**
     * What the session holds, as far as access goes.
     *
     * @param signedInHere   signed in to this portal
     * @param administrator  signed in here as practice administrator
     * @param steppedUp      gave a second factor on the confirm page within the step-up window
     * @param pending        a sign-in to this portal that still has steps to go, or null
     */
    public record Visitor(boolean signedInHere, boolean administrator, boolean steppedUp, PendingSignIn pending) {

        /** Someone with no session, or one of another portal. */
        public static final Visitor ANONYMOUS = new Visitor(false, false, false, null);
    }

    private PortalAccess() {
    }

    /** The decision for {@code pathInPortal} of {@code site} (for example {@code admin.xhtml}). */
    public static Verdict decide(PortalSite site, String pathInPortal, Visitor visitor) {
        Optional<PortalPages.Access> access = PortalPages.access(site, pathInPortal);
        if (access.isEmpty()) {
            return visitor.signedInHere() ? Verdict.NOT_FOUND : Verdict.TO_LOGIN;
        }
        return switch (access.get()) {
            case PUBLIC -> Verdict.ALLOW;
            case SIGN_IN_STEP -> {
                if (visitor.pending() != null && visitor.pending().portal() == site
                        && SignInSteps.mayShow(visitor.pending(), pathInPortal)) {
                    yield Verdict.ALLOW;
                }
                yield visitor.signedInHere() ? Verdict.TO_DASHBOARD : Verdict.TO_LOGIN;
            }
            case SIGNED_IN, ADMINISTRATOR -> {
                if (!visitor.signedInHere()) {
                    yield Verdict.TO_LOGIN;
                }
                if (access.get() == PortalPages.Access.ADMINISTRATOR && !visitor.administrator()) {
                    yield Verdict.FORBIDDEN;
                }
                yield StepUp.guards(site, pathInPortal) && !visitor.steppedUp() ? Verdict.TO_STEP_UP : Verdict.ALLOW;
            }
        };
    }
}
