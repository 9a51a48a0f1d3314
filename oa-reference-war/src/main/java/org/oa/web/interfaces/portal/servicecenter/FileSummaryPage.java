package org.oa.web.interfaces.portal.servicecenter;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.core.practice.PracticeId;
import org.oa.core.submission.SubmissionFileId;
import org.oa.web.application.ClaimSubmissions;
import org.oa.web.interfaces.portal.SignedInUser;

/** Backs the File Summary of one file ({@code file.xhtml?id=}): its claims, each error beside its claim. */
@Named("fileSummaryPage")
@RequestScoped
public class FileSummaryPage {

    @Inject
    ClaimSubmissions submissions;

    private Optional<ClaimSubmissions.Outcome> outcome;

    /** The file with its report, or null when the ID is missing, malformed or of another practice. */
    public ClaimSubmissions.Outcome getOutcome() {
        if (outcome == null) {
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            PracticeId practice = new PracticeId(UUID.fromString(SignedInUser.current().practiceId()));
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
}
