package org.oa.web.interfaces.portal.frame;

import java.util.List;
import java.util.Map;

/**
 * Each portal's menu, shown on every signed-in page of that portal by the page frame. An entry shows only to the
 * roles its page is declared for in {@link PortalPages}, so the menu never offers a page that would be refused.
 */
public final class PortalMenu {

    /**
     * One entry.
     *
     * @param id    the element ID (stable: tests and support refer to it)
     * @param label what the user reads
     * @param link  the page inside the portal, with any query string
     * @param group the sub-menu it is shown in, or null for the menu bar itself
     */
    public record Entry(String id, String label, String link, String group) {

        Entry(String id, String label, String link) {
            this(id, label, link, null);
        }

        /** The page the entry opens, without its query string. */
        public String page() {
            int query = link.indexOf('?');
            return query < 0 ? link : link.substring(0, query);
        }
    }

    private static final String CLAIMS = "Claims";
    private static final String PAYERS = "Payers";
    private static final String CONNECTIONS = "Connections";
    private static final String PATIENTS = "Patients";

    private static final Entry HOME = new Entry("menu-home", "Dashboard", "index.xhtml");
    private static final Entry ADMIN = new Entry("menu-admin", "Administration", "admin.xhtml");
    private static final Entry SECURITY = new Entry("menu-security", "Account security", "security.xhtml");

    private static final Map<PortalSite, List<Entry>> MENUS = Map.of(
            PortalSite.SERVICE_CENTER, List.of(HOME,
                    new Entry("menu-upload", "Upload claims", "upload.xhtml", CLAIMS),
                    new Entry("menu-files", "File Summaries", "files.xhtml", CLAIMS),
                    new Entry("menu-claims", "Manage Claims", "claims.xhtml", CLAIMS),
                    new Entry("menu-claim-entry", "Claim Entry (CMS-1500)", "claim-form.xhtml?type=PROFESSIONAL",
                            CLAIMS),
                    new Entry("menu-claim-entry-ub04", "Claim Entry (UB-04)", "claim-form.xhtml?type=INSTITUTIONAL",
                            CLAIMS),
                    new Entry("menu-eras", "ERAs", "eras.xhtml"),
                    new Entry("menu-payers", "Payer List", "payers.xhtml", PAYERS),
                    new Entry("menu-enrollments", "Enrollments", "enrollments.xhtml", PAYERS),
                    new Entry("menu-sftp", "SFTP access", "sftp.xhtml", CONNECTIONS),
                    new Entry("menu-api-tokens", "API tokens", "api-tokens.xhtml", CONNECTIONS),
                    ADMIN, SECURITY),
            PortalSite.PRACTICE_MATE, List.of(HOME,
                    new Entry("menu-schedule", "Schedule", "schedule.xhtml"),
                    new Entry("menu-new-patient", "New patient", "patient.xhtml", PATIENTS),
                    new Entry("menu-import-patients", "Import patients", "import.xhtml", PATIENTS), ADMIN, SECURITY),
            PortalSite.EHR, List.of(HOME, SECURITY),
            PortalSite.PATIENT, List.of(HOME, SECURITY));

    private PortalMenu() {
    }

    /** The entries of {@code site} that a user signed in there (as administrator or not) may open. */
    public static List<Entry> entries(PortalSite site, boolean administrator) {
        PortalAccess.Visitor visitor = new PortalAccess.Visitor(true, administrator, true, null);
        return MENUS.get(site).stream()
                .filter(entry -> PortalAccess.decide(site, entry.page(), visitor) == PortalAccess.Verdict.ALLOW)
                .toList();
    }
}
