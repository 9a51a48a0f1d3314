package org.oa.web.interfaces.portal.admin;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditVerification;
import org.oa.web.application.demo.DemoOutboxes;
import org.oa.web.application.practice.PracticeAdministration;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/**
 * Backs the practice administrator's page: unlock an account, require a second factor in every portal, read
 * and verify the audit trail, and, in demo mode, the outboxes of e-mails and text messages the deployment would
 * have sent. The access filter admits administrators only.
 */
@PortalPage(value = {PortalSite.SERVICE_CENTER, PortalSite.PRACTICE_MATE}, administrator = true)
@Named("adminPage")
@RequestScoped
public class AdminPage {

    @Inject
    PracticeAdministration administration;

    @Inject
    DemoOutboxes outboxes;

    private String unlockUsername;
    private String auditUsername;
    private String auditAction;
    private String auditPatient;
    private String auditFrom;
    private String auditTo;
    private List<PracticeAdministration.AuditLine> auditLines;
    private Boolean secondFactorRequired;

    public String getUnlockUsername() {
        return unlockUsername;
    }

    public void setUnlockUsername(String unlockUsername) {
        this.unlockUsername = unlockUsername;
    }

    public String getAuditUsername() {
        return auditUsername;
    }

    public void setAuditUsername(String auditUsername) {
        this.auditUsername = auditUsername;
    }

    /** The patient filter: a patient's ID (UUID), as shown in the audit list's Patient column. */
    public String getAuditPatient() {
        return auditPatient;
    }

    public void setAuditPatient(String auditPatient) {
        this.auditPatient = auditPatient;
    }

    /** The first day of the audit search (UTC, {@code yyyy-MM-dd}), or blank. */
    public String getAuditFrom() {
        return auditFrom;
    }

    public void setAuditFrom(String auditFrom) {
        this.auditFrom = auditFrom;
    }

    /** The last day of the audit search (UTC, {@code yyyy-MM-dd}, included), or blank. */
    public String getAuditTo() {
        return auditTo;
    }

    public void setAuditTo(String auditTo) {
        this.auditTo = auditTo;
    }

    public String getAuditAction() {
        return auditAction;
    }

    public void setAuditAction(String auditAction) {
        this.auditAction = auditAction;
    }

    public List<String> getAuditActions() {
        return Arrays.stream(AuditAction.values()).map(Enum::name).toList();
    }

    /** Whether the practice requires a second factor in every portal: the stored choice, or the one submitted. */
    public boolean isSecondFactorRequired() {
        if (secondFactorRequired == null) {
            secondFactorRequired = administration.secondFactorRequired(practiceId());
        }
        return secondFactorRequired;
    }

    public void setSecondFactorRequired(boolean secondFactorRequired) {
        this.secondFactorRequired = secondFactorRequired;
    }

    /** Stores the submitted choice about the second factor. */
    public void saveSecondFactor() {
        SignedInUser user = user();
        if (!user.administrator()) {
            throw new IllegalStateException("only a practice administrator changes the second-factor policy");
        }
        boolean required = isSecondFactorRequired();
        administration.requireSecondFactor(practiceId(), user.practiceName(), user.accountId(), required);
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, required
                ? "A second factor is now required in every portal, from each user's next sign-in."
                : "A second factor is now required in EHR 24/7 only; elsewhere users choose.", null));
    }

    public void unlock() {
        boolean done = administration.unlock(practiceId(), user().accountId(), unlockUsername);
        FacesContext.getCurrentInstance().addMessage(null, done
                ? new FacesMessage(FacesMessage.SEVERITY_INFO, "The account " + unlockUsername + " is unlocked.", null)
                : new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        "No locked account with that username in your practice.", null));
    }

    /** The newest 200 audit entries of the practice, filtered by the form (none when the form cannot be read). */
    public List<PracticeAdministration.AuditLine> getAuditLines() {
        if (auditLines == null) {
            try {
                auditLines = administration.audit(practiceId(), filter(), 200);
            } catch (IllegalArgumentException unreadable) {
                // search() has put the message on the page already.
                auditLines = List.of();
            }
        }
        return auditLines;
    }

    public void search() {
        auditLines = null;
        try {
            filter();
        } catch (IllegalArgumentException unreadable) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    unreadable.getMessage(), null));
        }
    }

    private PracticeAdministration.AuditFilter filter() {
        return PracticeAdministration.AuditFilter.parse(auditUsername, auditPatient, auditAction, auditFrom, auditTo);
    }

    public void verify() {
        AuditVerification result = administration.verify();
        FacesContext.getCurrentInstance().addMessage(null, result.intact()
                ? new FacesMessage(FacesMessage.SEVERITY_INFO,
                        "The audit trail is intact: " + result.entriesChecked() + " entries checked.", null)
                : new FacesMessage(FacesMessage.SEVERITY_ERROR, "The audit trail was tampered with: "
                        + explain(result) + " Keep the database as it is and tell your security officer.", null));
    }

    /** What verification found, in words, with the entry number for support. */
    static String explain(AuditVerification result) {
        long entry = result.firstBadSequence();
        return switch (result.problem()) {
            case NONE -> "nothing was found.";
            case EDITED -> "entry " + entry + " was changed, or written by something other than OA.";
            case DELETED -> "entry " + entry + " is missing.";
            case UNREADABLE -> "entry " + entry + " cannot be read as an audit entry.";
            case CHECKPOINT_MISMATCH -> "the trail no longer matches the checkpoint kept outside the database at"
                    + " entry " + entry + ": entries were rewritten or removed since.";
        };
    }

    /** The practice's accounts with their state, for the users table. */
    public List<org.oa.security.account.AccountView> getAccounts() {
        return administration.accounts(practiceId());
    }

    /** Unlocks the account of the row the button is in. */
    public void unlockUser(String username) {
        unlockUsername = username;
        unlock();
    }

    /** The CSV download link for the current filter. */
    public String getCsvLink() {
        StringBuilder link = new StringBuilder("audit.csv?");
        String[][] parameters = {{"user", auditUsername}, {"patient", auditPatient}, {"action", auditAction},
            {"from", auditFrom}, {"to", auditTo}};
        for (String[] parameter : parameters) {
            if (parameter[1] != null && !parameter[1].isBlank()) {
                link.append(parameter[0]).append('=').append(java.net.URLEncoder.encode(parameter[1].strip(),
                        java.nio.charset.StandardCharsets.UTF_8)).append('&');
            }
        }
        return link.substring(0, link.length() - 1);
    }

    public boolean isDemoOutbox() {
        return outboxes.mailKept();
    }

    public List<DemoOutboxes.Mail> getOutbox() {
        return outboxes.mails();
    }

    public boolean isDemoSmsOutbox() {
        return outboxes.textsKept();
    }

    public List<DemoOutboxes.Text> getSmsOutbox() {
        return outboxes.texts();
    }

    private static UUID practiceId() {
        return user().practiceId().value();
    }

    private static SignedInUser user() {
        return SignedInUser.current();
    }
}
