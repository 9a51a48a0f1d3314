package org.oa.web.interfaces.portal.servicecenter;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.core.practice.PracticeId;
import org.oa.core.submission.FileSummaryReport;
import org.oa.core.submission.SubmissionFile;
import org.oa.core.submission.SubmissionFileId;
import org.oa.web.application.clearinghouse.ClaimSubmissions;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/** Backs the File Summary list: the practice's recent files with their claim counts. */
@PortalPage(PortalSite.SERVICE_CENTER)
@Named("serviceCenterFilesPage")
@RequestScoped
public class FilesPage {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final int SHOWN = 200;

    @Inject
    ClaimSubmissions submissions;

    private List<Row> rows;

    /** One file in the list. */
    public record Row(String id, String name, String received, String channel, String status, int accepted,
                      int rejected, boolean justUploaded) {
    }

    public List<Row> getRows() {
        if (rows == null) {
            PracticeId practice = SignedInUser.current().practiceId();
            String uploaded = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                    .getOrDefault("uploaded", "");
            Set<String> just = Set.of(uploaded.split(","));
            List<SubmissionFile> files = submissions.recent(practice, SHOWN);
            Map<SubmissionFileId, FileSummaryReport.Counts> counts =
                    submissions.countClaims(practice, files);
            rows = new ArrayList<>(files.size());
            for (SubmissionFile f : files) {
                FileSummaryReport.Counts c = counts.getOrDefault(f.id(), new FileSummaryReport.Counts(0, 0));
                rows.add(new Row(f.id().toString(), f.fileName(), WHEN.format(f.receivedAt()),
                        f.channel().name(), f.status().name(), c.accepted(), c.rejected(),
                        just.contains(f.id().toString())));
            }
        }
        return rows;
    }
}
