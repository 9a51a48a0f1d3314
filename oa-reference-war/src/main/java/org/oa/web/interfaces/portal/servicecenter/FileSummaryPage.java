package org.oa.web.interfaces.portal.servicecenter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.core.practice.PracticeId;
import org.oa.core.submission.FileSummaryReport;
import org.oa.core.submission.SubmissionFileId;
import org.oa.web.application.clearinghouse.ClaimSubmissions;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/** Backs the File Summary of one file ({@code file.xhtml?id=}): its claims, each error beside its claim. */
@PortalPage(PortalSite.SERVICE_CENTER)
@Named("serviceCenterFileSummaryPage")
@RequestScoped
public class FileSummaryPage {

    @Inject
    ClaimSubmissions submissions;

    private Optional<ClaimSubmissions.Outcome> outcome;

    /** The file with its report, or null when the ID is missing, malformed or of another practice. */
    public ClaimSubmissions.Outcome getOutcome() {
        if (outcome == null) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            PracticeId practice = SignedInUser.current().practiceId();
            outcome = Optional.empty();
            try {
                if (id != null) {
                    outcome = submissions.find(practice, new SubmissionFileId(UUID.fromString(id)));
                }
            } catch (IllegalArgumentException malformed) {
                outcome = Optional.empty();
            }
        }
        return outcome.orElse(null);
    }

    public String getReceived() {
        ClaimSubmissions.Outcome o = getOutcome();
        return o == null ? "" : FilesPage.WHEN.format(o.file().receivedAt());
    }

    public List<String> getDocuments() {
        ClaimSubmissions.Outcome o = getOutcome();
        return o == null ? List.of() : o.documents();
    }

    /** Claims per page. */
    static final int PAGE_SIZE = 100;

    /** One claim of the report with its number in the file (1-based). */
    public record Row(int number, FileSummaryReport.ClaimOutcome outcome) {
    }

    private List<Row> filtered;

    /** Whether only rejected claims are shown ({@code ?show=rejected}). */
    public boolean isRejectedOnly() {
        return "rejected".equals(param("show"));
    }

    private List<Row> filtered() {
        if (filtered == null) {
            ClaimSubmissions.Outcome o = getOutcome();
            filtered = new ArrayList<>();
            if (o != null) {
                int n = 0;
                for (FileSummaryReport.ClaimOutcome c : o.report().claims()) {
                    n++;
                    if (!isRejectedOnly() || !c.accepted()) {
                        filtered.add(new Row(n, c));
                    }
                }
            }
        }
        return filtered;
    }

    public int getPages() {
        return Math.max(1, (filtered().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public int getPage() {
        try {
            return Math.max(1, Math.min(getPages(), Integer.parseInt(param("page"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The claims of the current page. */
    public List<Row> getClaims() {
        int from = (getPage() - 1) * PAGE_SIZE;
        return filtered().subList(Math.min(from, filtered().size()), Math.min(from + PAGE_SIZE, filtered().size()));
    }

    public int getShown() {
        return filtered().size();
    }

    private static String param(String name) {
        String v = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
        return v == null ? "" : v;
    }
}
