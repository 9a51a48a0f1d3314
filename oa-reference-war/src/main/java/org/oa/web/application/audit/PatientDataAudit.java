package org.oa.web.application.audit;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.core.claim.ClaimId;
import org.oa.core.claim.StoredClaim;
import org.oa.core.patient.PatientId;
import org.oa.core.patient.PatientRecordAction;
import org.oa.core.patient.PatientRecordEvent;
import org.oa.core.patient.PatientRecordListener;
import org.oa.core.practice.PracticeId;
import org.oa.core.submission.SubmissionFileId;
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
 * not swallowed: the request fails rather than show data unrecorded. A change of a claim is recorded after it was
 * stored, so a failing write there cannot undo it: it is logged (claim ID only) and reported to the caller instead.
 *
 * <p>Reads and changes of the practice record (patients and coverages) reach the trail through the
 * {@link PatientRecordListener} that {@link #listener} gives to OA core's repositories: the repository reports each
 * read before it returns the record and each change before the caller commits, so a failing write fails the read
 * and rolls the change back.
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

    /**
     * A signed-in user saw one patient's record on {@code page}; {@code what} says which part (for example
     * {@code record} or {@code coverages}). The entry is in the record's practice, also for a patient's own account
     * (which has none), so that the practice's trail shows every look at its records.
     */
    public void patientViewed(String accountId, Portal portal, PracticeId practice, PatientId patient, String what,
                              String page) {
        security.audit().record(AuditEvent.aboutPatient(AuditAction.PATIENT_DATA_VIEWED,
                accountId == null ? null : AccountId.parse(accountId), portal, patient.value(),
                detail(what + " viewed via " + page)).inPractice(practice.value()));
    }

    /** A signed-in user changed one patient's record on {@code page}; {@code what} names the change (no values). */
    public void patientChanged(String accountId, Portal portal, PracticeId practice, PatientId patient, String what,
                               String page) {
        security.audit().record(AuditEvent.aboutPatient(AuditAction.PATIENT_DATA_CHANGED,
                accountId == null ? null : AccountId.parse(accountId), portal, patient.value(),
                detail(what + " via " + page)).inPractice(practice.value()));
    }

    /**
     * The listener for OA core's patient and coverage repositories in one unit of work of a signed-in user on
     * {@code page} (or of an API caller: {@code accountId} null, {@code page} naming the token): each change becomes a PATIENT_DATA_CHANGED entry, each read a PATIENT_DATA_VIEWED entry, the
     * same read of the same patient only once per unit of work (a page that reads a record twice saw it once).
     * Not thread-safe: one per unit of work, like the repositories.
     */
    public PatientRecordListener listener(String accountId, Portal portal, String page) {
        return listener(accountId, portal, page, "record matched with a claim");
    }

    /**
     * As {@link #listener(String, Portal, String)}, with what a comparison of a stored record ({@code MATCHED})
     * was for in words, e.g. {@code record compared with a row of a patient import}.
     */
    public PatientRecordListener listener(String accountId, Portal portal, String page, String matchedMeans) {
        Objects.requireNonNull(matchedMeans, "matchedMeans");
        if (accountId != null) {
            AccountId.parse(accountId);
        }
        Set<String> seen = new HashSet<>();
        return event -> {
            if (event.isChange()) {
                patientChanged(accountId, portal, event.practiceId(), event.patientId(), what(event, matchedMeans),
                        page);
            } else if (seen.add(event.patientId() + " " + event.action())) {
                patientViewed(accountId, portal, event.practiceId(), event.patientId(), what(event, matchedMeans),
                        page);
            }
        };
    }

    /**
     * Records what OA core's repositories reported during work no user did ({@code who}, e.g. {@code demo data}),
     * after that work was committed: each change as a PATIENT_DATA_CHANGED entry, each read as PATIENT_DATA_VIEWED,
     * without an account, in the record's practice. Returns false when some entry could not be written (logged
     * with the patient ID only; what was stored stays).
     */
    public boolean recordedWithoutUser(List<PatientRecordEvent> events, String who) {
        boolean all = true;
        for (PatientRecordEvent event : events) {
            try {
                security.audit().record(AuditEvent.aboutPatient(event.isChange() ? AuditAction.PATIENT_DATA_CHANGED
                        : AuditAction.PATIENT_DATA_VIEWED, null, null, event.patientId().value(),
                        detail(what(event) + " by " + who)).inPractice(event.practiceId().value()));
            } catch (RuntimeException e) {
                all = false;
                LOG.log(System.Logger.Level.ERROR, "the audit entry for patient " + event.patientId() + " ("
                        + event.action() + " by " + who + ") could not be written: " + e.getClass().getName());
            }
        }
        return all;
    }

    /**
     * The claims of a stored submission file were matched against these patients' records (what OA core's matcher
     * reports as {@link PatientRecordAction#MATCHED}): one entry per patient, without an account, written after the
     * file was stored so that the trail's lock is not held while a large file is processed. Returns false when
     * some entry could not be written (logged with the file ID only; the file stays stored).
     */
    public boolean claimsMatched(PracticeId practice, SubmissionFileId file, Collection<PatientId> patients) {
        return matched(practice, patients, "record matched with the claims of file " + file,
                "the patient matches of submission file " + file);
    }

    /**
     * A claim typed in Online Claim Entry by {@code actor} (a username) was matched against these patients' records:
     * one entry per patient, without an account. Returns false when some entry could not be written (logged with the
     * claim ID only; the claim stays stored).
     */
    public boolean claimEntryMatched(PracticeId practice, ClaimId claim, String actor, Collection<PatientId> patients) {
        return matched(practice, patients, "record matched with claim " + claim + " entered by " + actor,
                "the patient match of claim " + claim);
    }

    /**
     * One PATIENT_DATA_VIEWED entry without an account per patient, saying {@code detail}; an entry that cannot be
     * written is logged naming {@code what} (no PHI) and makes the result false.
     */
    private boolean matched(PracticeId practice, Collection<PatientId> patients, String detail, String what) {
        boolean all = true;
        for (PatientId patient : patients) {
            try {
                security.audit().record(AuditEvent.aboutPatient(AuditAction.PATIENT_DATA_VIEWED, null, null,
                        patient.value(), detail).inPractice(practice.value()));
            } catch (RuntimeException e) {
                all = false;
                LOG.log(System.Logger.Level.ERROR, "an audit entry for " + what + " could not be written: "
                        + e.getClass().getName());
            }
        }
        return all;
    }

    /** What an event read or changed, in words without PHI: {@code record}, {@code coverages}, field names. */
    private static String what(PatientRecordEvent event) {
        return what(event, "record matched with a claim");
    }

    private static String what(PatientRecordEvent event, String matchedMeans) {
        String detail = event.detail().isEmpty() ? "" : " " + event.detail();
        return switch (event.action()) {
            case VIEWED -> "record";
            case LISTED -> "record in a list";
            case MATCHED -> matchedMeans;
            case COVERAGE_VIEWED -> "coverages" + detail;
            case CREATED -> "record created";
            case UPDATED -> "record changed:" + detail;
            default -> event.action().name().toLowerCase(Locale.ROOT).replace('_', ' ') + detail;
        };
    }

    private static String detail(String text) {
        return text.length() <= AuditEvent.MAX_DETAIL ? text : text.substring(0, AuditEvent.MAX_DETAIL);
    }

    private void record(AuditAction action, AccountId account, Portal portal, StoredClaim claim, String where) {
        // The patient record the claim is linked to when there is one, so that the record's access log shows it;
        // otherwise the patient as submitted. The claim's practice, so that an API caller's entry (no account)
        // shows in that practice's trail.
        PatientId patient = claim.patientRecordId() != null ? claim.patientRecordId() : claim.claim().patient().id();
        security.audit().record(AuditEvent.aboutPatient(action, account, portal, patient.value(),
                "claim " + claim.claim().id() + " " + where).inPractice(claim.claim().practiceId().value()));
    }
}
