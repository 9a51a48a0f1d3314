package org.oa.web.interfaces.portal.servicecenter;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.core.claim.Claim;
import org.oa.core.claim.ClaimFrequency;
import org.oa.core.claim.ClaimId;
import org.oa.core.claim.ClaimType;
import org.oa.core.claim.StoredClaim;
import org.oa.core.edit.EditFailure;
import org.oa.core.patient.PatientId;
import org.oa.core.practice.PracticeId;
import org.oa.web.application.clearinghouse.ClaimWork;
import org.oa.web.application.audit.PatientDataAudit;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/**
 * Backs the claim form ({@code claim-form.xhtml}): Online Claim Entry ({@code ?type=PROFESSIONAL} for a CMS-1500,
 * {@code ?type=INSTITUTIONAL} for a UB-04), Claim Fix of a rejected claim ({@code ?id=}) and replacement or void
 * claims of a claim the payer processed ({@code ?from=<id>&frequency=7|8}). Errors show beside their boxes; the
 * page script re-runs the edits while the biller types ({@link ClaimCheckServlet}).
 */
@PortalPage(PortalSite.SERVICE_CENTER)
@Named("serviceCenterClaimFormPage")
@ViewScoped
public class ClaimFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ClaimWork claimWork;

    @Inject
    transient PatientDataAudit patientDataAudit;

    private ClaimForm form;
    private String claimId;
    private String patientId;
    private boolean fix;
    private boolean notFound;
    private String statusText = "";
    private List<EditFailure> failures = List.of();

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        PracticeId practice = practice();
        Optional<StoredClaim> stored = Optional.empty();
        String id = params.get("id") != null ? params.get("id") : params.get("from");
        if (id != null) {
            try {
                stored = claimWork.find(practice, new ClaimId(UUID.fromString(id)));
            } catch (IllegalArgumentException malformed) {
                stored = Optional.empty();
            }
            if (stored.isEmpty()) {
                notFound = true;
                form = ClaimForm.blank(ClaimType.PROFESSIONAL);
                return;
            }
        }
        if (params.get("id") != null) {
            StoredClaim s = stored.orElseThrow();
            fix = true;
            claimId = s.claim().id().toString();
            patientId = s.claim().patient().id().value().toString();
            form = ClaimForm.of(s.claim());
            statusText = s.lifecycle().status().name();
            failures = claimWork.check(s.claim());
            viewed(s, "Claim Fix");
        } else if (stored.isPresent()) {
            // A replacement (7) or void (8) of a processed claim quotes the payer's claim number.
            StoredClaim s = stored.get();
            viewed(s, "replacement or void claim form");
            form = ClaimForm.of(s.claim());
            String frequency = ClaimFrequency.VOID.code().equals(params.get("frequency")) ? "8" : "7";
            form.getValues().put("frequencyCode", frequency);
            form.getValues().put("originalClaimNumber", s.payerClaimNumber());
            claimId = ClaimId.random().toString();
        } else {
            form = ClaimForm.blank("INSTITUTIONAL".equals(params.get("type")) ? ClaimType.INSTITUTIONAL
                    : ClaimType.PROFESSIONAL);
            claimId = ClaimId.random().toString();
        }
    }

    public ClaimForm getForm() {
        return form;
    }

    public boolean isFix() {
        return fix;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isInstitutional() {
        return form.type() == ClaimType.INSTITUTIONAL;
    }

    public String getClaimId() {
        return claimId;
    }

    public String getStatusText() {
        return statusText;
    }

    public int[] getLineIndexes() {
        int[] out = new int[ClaimForm.LINES];
        for (int i = 0; i < out.length; i++) {
            out[i] = i;
        }
        return out;
    }

    /** The messages of the failures shown beside the box {@code input}. */
    public String errorText(String input) {
        StringBuilder sb = new StringBuilder();
        for (EditFailure f : failures) {
            if (input.equals(ClaimForm.inputFor(f.fieldPath()))) {
                sb.append(sb.length() == 0 ? "" : " ").append(f.message());
            }
        }
        return sb.toString();
    }

    /** Every failure, for the list above the form. */
    public List<EditFailure> getFailures() {
        return failures;
    }

    /** Re-runs the edits on what the form holds now. */
    public void check() {
        ClaimForm.Conversion c = convert();
        failures = c.claim() == null ? c.failures() : c.onForm(claimWork.check(c.claim()));
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(failures.isEmpty()
                ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN, failures.isEmpty()
                ? "No problems found: the claim is ready to send." : failures.size() + " problem(s) found.", null));
    }

    /** Sends the claim: stored and accepted when it passes the edits, otherwise the errors stay on the form. */
    public String submit() {
        ClaimForm.Conversion c = convert();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (c.claim() == null) {
            failures = c.failures();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The claim was not sent: correct the boxes marked below.", null));
            return null;
        }
        String actor = SignedInUser.current().username();
        ClaimWork.Submitted result;
        try {
            result = fix ? claimWork.resubmit(c.claim(), actor) : claimWork.enter(c.claim(), actor);
        } catch (IllegalStateException | IllegalArgumentException e) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, "This claim cannot be changed "
                    + "any more (it was corrected or sent meanwhile). Open it again from Manage Claims.", null));
            return null;
        }
        if (!result.accepted()) {
            failures = c.onForm(result.failures());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The claim was not sent: correct the boxes marked below.", null));
            return null;
        }
        SignedInUser user = SignedInUser.current();
        boolean audited = patientDataAudit.claimChanged(user.accountId(), user.portal().portal(), result.claim(),
                fix ? "Claim Fix (resubmitted)" : "Online Claim Entry (new claim)");
        faces.getExternalContext().getFlash().setKeepMessages(true);
        if (!audited) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, "The claim was saved, but the change"
                    + " could not be recorded in the audit trail. Please tell your administrator.", null));
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, fix
                ? "The corrected claim was accepted and will be sent to the payer."
                : "The claim was accepted and will be sent to the payer.", null));
        return "claim?faces-redirect=true&id=" + result.claim().claim().id();
    }

    private void viewed(StoredClaim claim, String page) {
        SignedInUser user = SignedInUser.current();
        patientDataAudit.claimViewed(user.accountId(), user.portal().portal(), claim, page);
    }

    private ClaimForm.Conversion convert() {
        return form.toClaim(new ClaimId(UUID.fromString(claimId)), practice(),
                patientId == null ? null : new PatientId(UUID.fromString(patientId)));
    }

    static PracticeId practice() {
        return SignedInUser.current().practiceId();
    }

    /** Rows of failures for the list above the form. */
    public List<String> getFailureLines() {
        List<String> out = new ArrayList<>();
        for (EditFailure f : failures) {
            out.add((f.isError() ? "" : "Warning: ") + f.message() + " " + f.hint());
        }
        return out;
    }
}
