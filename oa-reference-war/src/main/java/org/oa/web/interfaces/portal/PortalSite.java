package org.oa.web.interfaces.portal;

import java.util.Arrays;
import java.util.Optional;

import org.oa.security.account.Portal;

/**
 * The four portals as web sites: where each lives under the context root, its title and who it is for. Every
 * portal has its own login page; credentials valid for one never open another.
 */
public enum PortalSite {
    SERVICE_CENTER(Portal.SERVICE_CENTER, "service-center", "Service Center",
            "Billers and billing services: upload claims, read File Summaries and 999s, fix rejected claims, download ERAs."),
    PRACTICE_MATE(Portal.PRACTICE_MATE, "practice-mate", "Practice Mate",
            "Front desk and office staff: scheduling, patient demographics and insurance, billing."),
    EHR(Portal.EHR, "ehr", "EHR 24/7",
            "Clinicians: charts, SOAP notes, treatment plans and e-prescribing."),
    PATIENT(Portal.PATIENT, "patient", "Patient Ally",
            "Patients: see your records, message your provider and pay your balance.");

    private final Portal portal;
    private final String path;
    private final String title;
    private final String audience;

    PortalSite(Portal portal, String path, String title, String audience) {
        this.portal = portal;
        this.path = path;
        this.title = title;
        this.audience = audience;
    }

    /** The security library's portal this site signs in to. */
    public Portal portal() {
        return portal;
    }

    /** The path segment under the context root, e.g. {@code service-center}. */
    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public String audience() {
        return audience;
    }

    /** The portal's login page, relative to the context root. */
    public String loginPage() {
        return "/" + path + "/login.xhtml";
    }

    /** The portal's dashboard, relative to the context root. */
    public String dashboardPage() {
        return "/" + path + "/index.xhtml";
    }

    /** Finds the portal whose pages contain {@code pathWithinApplication} (e.g. {@code /ehr/index.xhtml}). */
    public static Optional<PortalSite> containing(String pathWithinApplication) {
        if (pathWithinApplication == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(site -> pathWithinApplication.equals("/" + site.path)
                        || pathWithinApplication.startsWith("/" + site.path + "/"))
                .findFirst();
    }

    /** Finds the portal with the given path segment. */
    public static Optional<PortalSite> byPath(String path) {
        return Arrays.stream(values()).filter(site -> site.path.equals(path)).findFirst();
    }
}
