package org.oa.web.interfaces.portal.servicecenter;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.ConfigProvider;
import org.oa.core.practice.PracticeId;
import org.oa.core.submission.SubmissionChannel;
import org.oa.core.submission.SubmissionFile;
import org.oa.web.application.clearinghouse.ClaimSubmissions;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs the Service Center's Upload page: PrimeFaces' uploader sends each chosen 837P/837I file on its own (with a
 * progress bar), and each is processed as it arrives; the page lists what it received with a link to each File
 * Summary.
 */
@PortalPage(PortalSite.SERVICE_CENTER)
@Named("serviceCenterUploadPage")
@ViewScoped
public class UploadPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = System.getLogger(UploadPage.class.getName());

    /**
     * A file received on this page: no claim data, only its name, what became of it and its counts.
     *
     * @param outcome in words: read, already received, or could not be read (with the reason)
     */
    public record Received(String id, String name, String outcome, int accepted, int rejected)
            implements Serializable {
    }

    @Inject
    ClaimSubmissions submissions;

    /** Largest claim file taken per upload (the container's own limit, in web.xml, is 200 MB). */
    private long maxFileBytes;

    private final List<Received> received = new ArrayList<>();

    @PostConstruct
    void readLimit() {
        maxFileBytes = ConfigProvider.getConfig().getOptionalValue("oa.upload.max-file-bytes", Long.class)
                .orElse(104_857_600L);
    }

    public long getMaxFileBytes() {
        return maxFileBytes;
    }

    public long getMaxFileMegabytes() {
        return maxFileBytes / (1024 * 1024);
    }

    /** The files received on this page so far, newest first. */
    public List<Received> getReceived() {
        return received;
    }

    /** Processes one uploaded file (the uploader calls this once per file). */
    public void received(FileUploadEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UploadedFile file = event.getFile();
        String name = file.getFileName();
        if (file.getSize() == 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "“" + name + "” is empty, so "
                    + "there was nothing to read.", null));
            return;
        }
        if (file.getSize() > maxFileBytes) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "“" + name + "” is larger than "
                    + getMaxFileMegabytes() + " MB, so it was not received. Split the claims into smaller files and "
                    + "upload those.", null));
            return;
        }
        PracticeId practice = SignedInUser.current().practiceId();
        try (InputStream in = file.getInputStream()) {
            ClaimSubmissions.Outcome outcome = submissions.receive(practice, name, SubmissionChannel.UPLOAD, in);
            SubmissionFile stored = outcome.file();
            received.add(0, new Received(stored.id().toString(), stored.fileName(), outcome(stored),
                    outcome.report().acceptedCount(), outcome.report().rejectedCount()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.ERROR, "An uploaded file could not be processed: " + e);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "“" + name + "” could not be "
                    + "processed now. If it was received, it is kept and processed at the next start; otherwise "
                    + "upload it again.", null));
        }
    }

    private static String outcome(SubmissionFile file) {
        return switch (file.status()) {
            case PROCESSED -> "Read";
            case DUPLICATE -> "Already received before, not processed again";
            case FAILED -> "Could not be read: " + file.failureReason();
            case RECEIVED -> "Received, being read";
        };
    }
}
