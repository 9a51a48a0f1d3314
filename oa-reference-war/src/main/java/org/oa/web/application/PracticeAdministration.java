package org.oa.web.application;

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
        AccountId only = null;
        if (username != null && !username.isBlank()) {
            Optional<AccountView> account = inPractice(practiceId, username);
            if (account.isEmpty()) {
                return List.of();
            }
            only = account.get().id();
        }
        List<AuditEntry> entries = security.audit().search(new AuditQuery(only, action, null, null, 10_000));
        Map<AccountId, Optional<AccountView>> accounts = new HashMap<>();
        List<AuditLine> lines = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0 && lines.size() < limit; i--) {
            AuditEntry entry = entries.get(i);
            if (entry.account() == null) {
                continue;
            }
            Optional<AccountView> account = accounts.computeIfAbsent(entry.account(), security.accounts()::find);
            if (account.isPresent() && practiceId.equals(account.get().practiceId())) {
                lines.add(new AuditLine(entry.sequence(), entry.occurredAt(), entry.action().name(),
                        account.get().username(), entry.portal() == null ? "" : entry.portal().name(), entry.detail()));
            }
        }
        return lines;
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
