package org.oa.web.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.core.claim.StoredClaim;
import org.oa.security.OaSecurity;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.apitoken.ApiTokenId;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;

/**
 * Records in the audit trail every view or change of patient data: who (the signed-in account, or the API token),
 * where (portal and page), which patient (by {@link org.oa.core.patient.PatientId} only) and which claim (by
 * {@link org.oa.core.claim.ClaimId} only). Never a name, a birth date or a member ID. A failing write of a view is
 * not swallowed: the request fails rather than show data unrecorded. A change is recorded after it was stored,
 * so a failing write there cannot undo it: it is logged (claim ID only) and reported to the caller instead.
 */
@ApplicationScoped
public class PatientDataAudit {

    private static final System.Logger LOG = System.getLogger(PatientDataAudit.class.getName());

    @Inject
    OaSecurity security;

    /** A signed-in user saw one claim's patient data on {@code page}. */
    public void claimViewed(String accountId, Portal portal, StoredClaim claim, String page) {
        record(AuditAction.PATIENT_DATA_VIEWED, AccountId.parse(accountId), portal, claim, "via " + page);
    }

    /**
     * A signed-in user changed one claim's patient data on {@code page} (a corrected or a new claim), already stored.
     * Returns false when the entry could not be written (logged for the operators; the change stays).
     */
    public boolean claimChanged(String accountId, Portal portal, StoredClaim claim, String page) {
        try {
            record(AuditAction.PATIENT_DATA_CHANGED, AccountId.parse(accountId), portal, claim, "via " + page);
            return true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the audit entry for stored claim " + claim.claim().id()
                    + " could not be written: " + e.getClass().getName());
            return false;
        }
    }

    /** An API caller read one claim; the entry has no account and names the token instead. */
    public void claimViewedByApi(ApiTokenId token, StoredClaim claim) {
        record(AuditAction.PATIENT_DATA_VIEWED, null, null, claim, "via API token " + token);
    }

    /**
     * A signed-in user saw a list of claims with their patients' names: one entry for the whole list, without a
     * patient, saying how many claims it showed.
     */
    public void claimListViewed(String accountId, Portal portal, String page, int claims) {
        security.audit().record(new AuditEvent(AuditAction.PATIENT_DATA_VIEWED, AccountId.parse(accountId), portal,
                page + " search, " + claims + " claims"));
    }

    private void record(AuditAction action, AccountId account, Portal portal, StoredClaim claim, String where) {
        // The claim's practice, so that an API caller's entry (no account) shows in that practice's trail.
        security.audit().record(AuditEvent.aboutPatient(action, account, portal,
                claim.claim().patient().id().value(), "claim " + claim.claim().id() + " " + where)
                .inPractice(claim.claim().practiceId().value()));
    }
}
