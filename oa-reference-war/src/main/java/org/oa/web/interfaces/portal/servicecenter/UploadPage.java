package org.oa.web.interfaces.portal.servicecenter;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.oa.core.practice.PracticeId;
import org.oa.core.submission.SubmissionChannel;
import org.oa.web.application.clearinghouse.ClaimSubmissions;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/** Backs the Service Center's Upload page: one or more 837P/837I files, each processed at once. */
@PortalPage(PortalSite.SERVICE_CENTER)
@Named("uploadPage")
@RequestScoped
public class UploadPage {

    private static final Logger LOG = System.getLogger(UploadPage.class.getName());

    @Inject
    ClaimSubmissions submissions;

    /** Largest claim file taken per upload (the container's own limit, in web.xml, is 200 MB). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "oa.upload.max-file-bytes",
            defaultValue = "104857600")
    long maxFileBytes;

    private List<Part> files = new ArrayList<>();

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files == null ? new ArrayList<>() : files;
    }

    /** Processes every chosen file and shows their File Summaries. */
    public String upload() {
        FacesContext faces = FacesContext.getCurrentInstance();
        PracticeId practice = SignedInUser.current().practiceId();
        List<String> ids = new ArrayList<>();
        for (Part part : files) {
            if (part.getSize() == 0) {
                continue;
            }
            String name = part.getSubmittedFileName();
            if (part.getSize() > maxFileBytes) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "“" + name + "” is larger than "
                        + maxFileBytes / (1024 * 1024) + " MB, so it was not received. Split the claims into smaller"
                        + " files and upload those.", null));
                continue;
            }
            try (InputStream in = part.getInputStream()) {
                ids.add(submissions.receive(practice, name, SubmissionChannel.UPLOAD, in).file().id().toString());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.ERROR, "An uploaded file could not be processed: " + e);
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "The file could not be "
                        + "processed now. If it was received, it is kept and processed at the next start; otherwise "
                        + "upload it again.", null));
            }
        }
        if (ids.isEmpty()) {
            if (faces.getMessageList().isEmpty()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        "Choose one or more claim files (837P or 837I) first.", null));
            }
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return ids.size() == 1 ? "file?faces-redirect=true&id=" + ids.get(0)
                : "files?faces-redirect=true&uploaded=" + String.join(",", ids);
    }
}
