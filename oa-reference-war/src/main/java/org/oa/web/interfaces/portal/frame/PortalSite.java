package org.oa.web.interfaces.portal.frame;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import org.oa.security.account.Portal;

/**
 * The four portals as web sites: where each lives under the context root, its title and who it is for. Every
 * portal has its own login page; credentials valid for one never open another.
 */
public enum PortalSite {
    SERVICE_CENTER(Portal.SERVICE_CENTER, "service-center", "Service Center",
            "Billers and billing services: upload claims, read File Summaries and 999s, fix rejected claims, download ERAs.",
            Duration.ofMinutes(15)),
    PRACTICE_MATE(Portal.PRACTICE_MATE, "practice-mate", "Practice Mate",
            "Front desk and office staff: scheduling, patient demographics and insurance, billing.",
            Duration.ofMinutes(15)),
    EHR(Portal.EHR, "ehr", "EHR 24/7",
            "Clinicians: charts, SOAP notes, treatment plans and e-prescribing.",
            Duration.ofMinutes(10)),
    PATIENT(Portal.PATIENT, "patient", "Patient Ally",
            "Patients: see your records, message your provider and pay your balance.",
            Duration.ofMinutes(15));

    /** No session lives longer than this, however active. */
    public static final Duration ABSOLUTE_SESSION_LIMIT = Duration.ofHours(12);

    private final Portal portal;
    private final String path;
    private final String title;
    private final String audience;
    private final Duration idleTimeout;

    PortalSite(Portal portal, String path, String title, String audience, Duration idleTimeout) {
        this.portal = portal;
        this.path = path;
        this.title = title;
        this.audience = audience;
        this.idleTimeout = idleTimeout;
    }

    /** How long a signed-in session may stay idle (EHR is stricter); {@code oa.session.idle-seconds} overrides. */
    public Duration defaultIdleTimeout() {
        return idleTimeout;
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

    /** A step of signing in after the password (role choice), relative to the context root. */
    public String page(String name) {
        return "/" + path + "/" + name;
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

    /** Finds the portal a security-library portal is served by. */
    public static PortalSite of(Portal portal) {
        return Arrays.stream(values()).filter(site -> site.portal == portal).findFirst().orElseThrow();
    }
}
