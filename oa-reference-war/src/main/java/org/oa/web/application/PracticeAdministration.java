package org.oa.web.application;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * What a practice administrator does about other accounts: unlock them and read the audit trail. Every call is
 * limited to accounts of the administrator's own practice.
 */
@ApplicationScoped
public class PracticeAdministration {

    @Inject
    OaSecurity security;

    /** One audit entry as an administrator reads it. */
    public record AuditLine(long sequence, Instant occurredAt, String action, String username, String portal,
                            String detail) {
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
        Map<AccountId, String> usernames = new HashMap<>();
        security.accounts().listByPractice(practiceId).forEach(a -> usernames.put(a.id(), a.username()));
        return entries(practiceId, username, action, limit).stream()
                .map(e -> new AuditLine(e.sequence(), e.occurredAt(), e.action().name(), usernames.get(e.account()),
                        e.portal() == null ? "" : e.portal().name(), e.detail()))
                .toList();
    }

    /** The same entries as {@link #audit}, written as formula-safe CSV. */
    public void exportCsv(UUID practiceId, String username, AuditAction action, Appendable out) throws IOException {
        List<AuditEntry> oldestFirst = new ArrayList<>(entries(practiceId, username, action, 10_000));
        java.util.Collections.reverse(oldestFirst);
        security.audit().exportCsv(oldestFirst, out);
    }

    /** The practice's accounts, by username, for the users table. */
    public List<AccountView> accounts(UUID practiceId) {
        return security.accounts().listByPractice(practiceId);
    }

    private List<AuditEntry> entries(UUID practiceId, String username, AuditAction action, int limit) {
        AccountId only = null;
        if (username != null && !username.isBlank()) {
            Optional<AccountView> account = inPractice(practiceId, username);
            if (account.isEmpty()) {
                return List.of();
            }
            only = account.get().id();
        }
        Set<AccountId> practiceAccounts = new HashSet<>();
        security.accounts().listByPractice(practiceId).forEach(a -> practiceAccounts.add(a.id()));
        List<AuditEntry> all = security.audit().search(new AuditQuery(only, action, null, null, 10_000));
        List<AuditEntry> newestFirst = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && newestFirst.size() < limit; i--) {
            if (practiceAccounts.contains(all.get(i).account())) {
                newestFirst.add(all.get(i));
            }
        }
        return newestFirst;
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
