package org.oa.web.application;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.security.OaSecurity;
import org.oa.security.account.AccountId;
import org.oa.security.account.AccountView;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEntry;
import org.oa.security.audit.AuditEvent;
import org.oa.security.audit.AuditQuery;
import org.oa.security.audit.AuditVerification;

/**
 * What a practice administrator does about other accounts: unlock them, read the audit trail and decide
 * whether a second factor is required in every portal. Every call is limited to the administrator's own
 * practice: its accounts, and the audit entries that belong to it (its users' and its API tokens').
 */
@ApplicationScoped
public class PracticeAdministration {

    @Inject
    OaSecurity security;

    /** One audit entry as an administrator reads it; {@code patient} is the patient's UUID or empty. */
    public record AuditLine(long sequence, Instant occurredAt, String action, String username, String portal,
                            String detail, String patient) {
    }

    /**
     * Unlocks the account with {@code username} if it belongs to {@code practiceId}. Returns false when there is
     * no such account in the practice (the same answer for another practice's account).
     */
    public boolean unlock(UUID practiceId, String adminAccountId, String username) {
        Optional<AccountView> account = inPractice(practiceId, username);
        if (account.isEmpty()) {
            return false;
        }
        boolean unlocked = security.accounts().unlock(account.get().id());
        security.audit().record(new AuditEvent(AuditAction.ACCOUNT_UNLOCKED, AccountId.parse(adminAccountId), null,
                "unlocked " + account.get().id()));
        return unlocked;
    }

    /**
     * The newest audit entries about accounts of {@code practiceId}, optionally only one user's and one action's,
     * at most {@code limit}.
     */
    public List<AuditLine> audit(UUID practiceId, String username, AuditAction action, int limit) {
        return audit(practiceId, username, null, action, limit);
    }

    /**
     * The newest audit entries of the practice, optionally only one user's, one patient's (the patient's UUID;
     * throws {@link IllegalArgumentException} when it is not one) and one action's, at most {@code limit}.
     */
    public List<AuditLine> audit(UUID practiceId, String username, String patient, AuditAction action, int limit) {
        Map<AccountId, String> usernames = new HashMap<>();
        security.accounts().listByPractice(practiceId).forEach(a -> usernames.put(a.id(), a.username()));
        return entries(practiceId, username, patient, action, limit).stream()
                .map(e -> new AuditLine(e.sequence(), e.occurredAt(), e.action().name(), usernames.get(e.account()),
                        e.portal() == null ? "" : e.portal().name(), e.detail(),
                        e.patient() == null ? "" : e.patient()))
                .toList();
    }

    /** The same entries as {@link #audit}, written as formula-safe CSV. */
    public void exportCsv(UUID practiceId, String username, AuditAction action, Appendable out) throws IOException {
        exportCsv(practiceId, username, null, action, out);
    }

    /** The same entries as {@link #audit(UUID, String, String, AuditAction, int)}, as formula-safe CSV. */
    public void exportCsv(UUID practiceId, String username, String patient, AuditAction action, Appendable out)
            throws IOException {
        List<AuditEntry> oldestFirst = new ArrayList<>(entries(practiceId, username, patient, action, 10_000));
        java.util.Collections.reverse(oldestFirst);
        security.audit().exportCsv(oldestFirst, out);
    }

    /** Whether the practice requires a second factor in every portal (EHR 24/7 always requires one). */
    public boolean secondFactorRequired(UUID practiceId) {
        return security.practices().secondFactorRequired(practiceId);
    }

    /**
     * Requires, or stops requiring, a second factor in the Service Center, Practice Mate and Patient Ally for the
     * practice's users, from their next sign-in on; recorded in the audit trail under the administrator.
     */
    public void requireSecondFactor(UUID practiceId, String practiceName, String adminAccountId, boolean required) {
        security.practices().requireSecondFactor(practiceId, practiceName, required, AccountId.parse(adminAccountId));
    }

    /** The practice's accounts, by username, for the users table. */
    public List<AccountView> accounts(UUID practiceId) {
        return security.accounts().listByPractice(practiceId);
    }

    private List<AuditEntry> entries(UUID practiceId, String username, String patient, AuditAction action,
            int limit) {
        String onlyPatient = patient == null || patient.isBlank() ? null : patient.strip();
        AccountId only = null;
        if (username != null && !username.isBlank()) {
            Optional<AccountView> account = inPractice(practiceId, username);
            if (account.isEmpty()) {
                return List.of();
            }
            only = account.get().id();
        }
        return security.audit().searchNewestFirst(
                new AuditQuery(only, onlyPatient, action, null, null, limit).inPractice(practiceId));
    }

    /** Checks the whole hash chain of the audit trail. */
    public AuditVerification verify() {
        return security.audit().verify();
    }

    private Optional<AccountView> inPractice(UUID practiceId, String username) {
        return security.accounts().findByUsername(username == null ? "" : username)
                .filter(a -> practiceId.equals(a.practiceId()));
    }
}
