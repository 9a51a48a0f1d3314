package org.oa.web.interfaces.portal.frame;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

/**
 * Step-up: pages where a signed-in user must give a second factor again, however they signed in, when the last
 * one is older than {@link #WINDOW}. They are the pages that hand out credentials for machines (SFTP secrets,
 * API tokens) and, in EHR 24/7, everything under {@code prescriptions/} (signing a prescription: the portal has
 * no prescribing pages yet; whatever is added there is guarded from its first day).
 */
public final class StepUp {

    /** How long a confirmed second factor opens step-up pages. */
    static final Duration WINDOW = Duration.ofMinutes(10);

    /** Session attribute: when the user last confirmed a second factor on the confirm page (sign-in does not count). */
    public static final String CONFIRMED_AT_KEY = "oa.stepUp.confirmedAt";

    /** The page that asks for the code. */
    public static final String CONFIRM_PAGE = "confirm.xhtml";

    /**
     * Account security: open without step-up (changing the password asks for the current one), but its actions
     * that change how the account signs in (authenticator app, recovery codes, mobile number, security questions)
     * need a fresh step-up, and the confirm page returns there.
     */
    public static final String ACCOUNT_SECURITY_PAGE = "security.xhtml";

    /** Step-up pages of each portal, as paths inside the portal; a path ending in '/' covers a folder. */
    private static final Map<PortalSite, Set<String>> GUARDED = Map.of(
            PortalSite.SERVICE_CENTER, Set.of("sftp.xhtml", "api-tokens.xhtml"),
            PortalSite.EHR, Set.of("prescriptions/"));

    private StepUp() {
    }

    /** Whether {@code pathInPortal} (for example {@code sftp.xhtml}) needs a recent second factor. */
    static boolean guards(PortalSite site, String pathInPortal) {
        for (String guarded : GUARDED.getOrDefault(site, Set.of())) {
            if (guarded.endsWith("/") ? pathInPortal.startsWith(guarded) : pathInPortal.equals(guarded)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the session confirmed a second factor within the window before {@code now}. */
    public static boolean fresh(HttpSession session, Instant now) {
        Object at = session.getAttribute(CONFIRMED_AT_KEY);
        return at instanceof Instant confirmed && !confirmed.plus(WINDOW).isBefore(now);
    }

    /** Whether {@code next} names a step-up page of this portal, as a plain relative path (never another site). */
    static boolean isStepUpPage(PortalSite site, String next) {
        return next != null && !next.contains("..") && !next.startsWith("/") && next.matches("[A-Za-z0-9/_.-]+")
                && guards(site, next);
    }

    /** Whether {@code next} is a page the confirm page may return to: a step-up page, or Account security. */
    public static boolean isReturnPage(PortalSite site, String next) {
        return ACCOUNT_SECURITY_PAGE.equals(next) || isStepUpPage(site, next);
    }

    /** Where to go after the code: the page asked for (see {@link #isReturnPage}), or else the dashboard. */
    public static String afterConfirm(PortalSite site, String next) {
        return isReturnPage(site, next) ? site.page(next) : site.dashboardPage();
    }
}
