package org.oa.web.interfaces.portal.frame;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every page and servlet path of each portal, with who may open it, declared in one place. A path that is not
 * declared here is refused, whoever asks (deny by default). Paths are inside the portal (for example
 * {@code admin.xhtml} or {@code eras/} for everything under {@code eras/}); the filter matches them on the decoded,
 * normalised servlet path, after {@link PathGuardFilter} has refused requests whose raw path is not already in that
 * form.
 */
public final class PortalPages {

    /** Who may open a page. */
    public enum Access {
        /** Anyone, signed in or not (login, password reset). */
        PUBLIC,
        /** A sign-in between the password and the dashboard, at the step the page serves ({@link SignInSteps}). */
        SIGN_IN_STEP,
        /** Anyone signed in to this portal, in any of its roles. */
        SIGNED_IN,
        /** A user signed in to this portal as practice administrator. */
        ADMINISTRATOR
    }

    /** Pages every portal has. */
    private static final Map<String, Access> EVERY_PORTAL = Map.ofEntries(
            Map.entry("login.xhtml", Access.PUBLIC),
            Map.entry("forgot-password.xhtml", Access.PUBLIC),
            Map.entry("forgot-username.xhtml", Access.PUBLIC),
            Map.entry("reset-password.xhtml", Access.PUBLIC),
            Map.entry(SignInSteps.SECOND_FACTOR_PAGE, Access.SIGN_IN_STEP),
            Map.entry(SignInSteps.ENROL_PAGE, Access.SIGN_IN_STEP),
            Map.entry(SignInSteps.CHOOSE_ROLE_PAGE, Access.SIGN_IN_STEP),
            Map.entry(SignInSteps.CONTINUE, Access.SIGN_IN_STEP),
            Map.entry("", Access.SIGNED_IN),
            Map.entry("index.xhtml", Access.SIGNED_IN),
            Map.entry(StepUp.ACCOUNT_SECURITY_PAGE, Access.SIGNED_IN),
            Map.entry(StepUp.CONFIRM_PAGE, Access.SIGNED_IN),
            Map.entry("keep-alive", Access.SIGNED_IN));

    /** Each portal's own pages, on top of {@link #EVERY_PORTAL}; a key ending in '/' covers a folder. */
    private static final Map<PortalSite, Map<String, Access>> OWN = Map.of(
            PortalSite.SERVICE_CENTER, Map.ofEntries(
                    Map.entry("upload.xhtml", Access.SIGNED_IN),
                    Map.entry("files.xhtml", Access.SIGNED_IN),
                    Map.entry("file.xhtml", Access.SIGNED_IN),
                    Map.entry("claims.xhtml", Access.SIGNED_IN),
                    Map.entry("claim.xhtml", Access.SIGNED_IN),
                    Map.entry("claim-form.xhtml", Access.SIGNED_IN),
                    Map.entry("claim-check", Access.SIGNED_IN),
                    Map.entry("eras.xhtml", Access.SIGNED_IN),
                    Map.entry("eras/", Access.SIGNED_IN),
                    Map.entry("eob.xhtml", Access.SIGNED_IN),
                    Map.entry("documents/", Access.SIGNED_IN),
                    Map.entry("payers.xhtml", Access.SIGNED_IN),
                    Map.entry("enrollments.xhtml", Access.SIGNED_IN),
                    Map.entry("sftp.xhtml", Access.SIGNED_IN),
                    Map.entry("admin.xhtml", Access.ADMINISTRATOR),
                    Map.entry("audit.csv", Access.ADMINISTRATOR),
                    Map.entry("api-tokens.xhtml", Access.ADMINISTRATOR)),
            PortalSite.PRACTICE_MATE, Map.ofEntries(
                    Map.entry("patient.xhtml", Access.SIGNED_IN),
                    Map.entry("import.xhtml", Access.SIGNED_IN),
                    Map.entry("schedule.xhtml", Access.SIGNED_IN),
                    Map.entry("admin.xhtml", Access.ADMINISTRATOR),
                    Map.entry("audit.csv", Access.ADMINISTRATOR)),
            PortalSite.EHR, Map.of(),
            PortalSite.PATIENT, Map.of());

    private PortalPages() {
    }

    /**
     * Who may open {@code pathInPortal} of {@code site}, or empty when the portal has no such page (refused).
     * A folder entry covers plain names below it (letters, digits, {@code _ . -}, starting with a letter or digit):
     * no empty segments, no dot segments.
     */
    public static Optional<Access> access(PortalSite site, String pathInPortal) {
        if (pathInPortal == null) {
            return Optional.empty();
        }
        Access common = EVERY_PORTAL.get(pathInPortal);
        if (common != null) {
            return Optional.of(common);
        }
        Map<String, Access> own = OWN.get(site);
        Access exact = own.get(pathInPortal);
        if (exact != null && !pathInPortal.endsWith("/")) {
            return Optional.of(exact);
        }
        int slash = pathInPortal.indexOf('/');
        if (slash > 0) {
            Access folder = own.get(pathInPortal.substring(0, slash + 1));
            String rest = pathInPortal.substring(slash + 1);
            if (folder != null && rest.matches("[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)*")
                    && !rest.contains("..")) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    /** The declared paths of a portal (folders end in '/'), for tests that compare them with the web app. */
    public static Set<String> declared(PortalSite site) {
        java.util.Set<String> all = new java.util.TreeSet<>(EVERY_PORTAL.keySet());
        all.addAll(OWN.get(site).keySet());
        return all;
    }
}
