package org.oa.web.interfaces.portal.servicecenter;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.core.claim.ClaimId;
import org.oa.core.claim.StoredClaim;
import org.oa.core.lifecycle.ClaimStatus;
import org.oa.core.lifecycle.StatusChange;
import org.oa.web.application.clearinghouse.ClaimWork;
import org.oa.web.application.audit.PatientDataAudit;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SignedInUser;

/** Backs one claim's page ({@code claim.xhtml?id=}): its status, history and what can be done with it. */
@PortalPage(PortalSite.SERVICE_CENTER)
@Named("serviceCenterClaimPage")
@RequestScoped
public class ClaimPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Inject
    ClaimWork claimWork;

    @Inject
    PatientDataAudit patientDataAudit;

    private Optional<StoredClaim> claim;

    /**
     * The claim, or null when the ID is missing, malformed or of another practice. Loading it records that the
     * user viewed the patient's data (once per request).
     */
    public StoredClaim getClaim() {
        if (claim == null) {
            claim = Optional.empty();
            String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            try {
                if (id != null) {
                    claim = claimWork.find(ClaimFormPage.practice(), new ClaimId(UUID.fromString(id)));
                }
            } catch (IllegalArgumentException malformed) {
                claim = Optional.empty();
            }
            claim.ifPresent(c -> {
                SignedInUser user = SignedInUser.current();
                patientDataAudit.claimViewed(user.accountId(), user.portal().portal(), c, "Claim page");
            });
        }
        return claim.orElse(null);
    }

    /** One row of the status history. */
    public record HistoryRow(String when, String status, String actor, String reason) {
    }

    public List<HistoryRow> getHistory() {
        StoredClaim c = getClaim();
        return c == null ? List.of() : c.lifecycle().history().stream().map(ClaimPage::row).toList();
    }

    private static HistoryRow row(StatusChange s) {
        return new HistoryRow(WHEN.format(s.at()), s.to().name(), s.actor(), s.reason());
    }

    public boolean isCorrectable() {
        StoredClaim c = getClaim();
        return c != null && ClaimWork.CORRECTABLE.contains(c.lifecycle().status());
    }

    /** Whether a replacement or void claim can refer to this one (the payer gave it a claim number). */
    public boolean isReplaceable() {
        StoredClaim c = getClaim();
        return c != null && !c.payerClaimNumber().isEmpty() && List.of(ClaimStatus.ACKNOWLEDGED, ClaimStatus.PAID,
                ClaimStatus.PARTIALLY_PAID, ClaimStatus.DENIED).contains(c.lifecycle().status());
    }
}
