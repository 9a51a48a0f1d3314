package org.oa.web.application.practice;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.oa.web.application.audit.AuditAnchors;

/**
 * What a practice administrator does about other accounts: unlock them, read the audit trail and decide
 * whether a second factor is required in every portal. Every call is limited to the administrator's own
 * practice: its accounts, and the audit entries that belong to it (its users' and its API tokens').
 */
@ApplicationScoped
public class PracticeAdministration {

    @Inject
    AuditAnchors anchors;

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
     * What an administrator's audit search asks for; a {@code null} criterion matches everything. The days are UTC
     * days, both included.
     *
     * @param username only this user of the practice
     * @param patient  only entries about this patient (the patient's UUID, lower case)
     * @param action   only this action
     * @param from     from the start of this day
     * @param to       to the end of this day
     */
    public record AuditFilter(String username, String patient, AuditAction action, LocalDate from, LocalDate to) {

        /** No criterion: the newest entries. */
        public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null);

        /**
         * Reads the criteria as typed (blank = any; days as {@code yyyy-MM-dd}).
         *
         * @throws IllegalArgumentException with a message for the user when a criterion cannot be read
         */
        public static AuditFilter parse(String username, String patient, String action, String from, String to) {
            String onlyPatient = null;
            if (patient != null && !patient.isBlank()) {
                try {
                    onlyPatient = new AuditQuery(null, patient, null, null, null, 1).patient();
                } catch (IllegalArgumentException notAUuid) {
                    throw new IllegalArgumentException(
                            "Patient ID: enter the patient's ID as shown in the Patient column (a UUID).");
                }
            }
            AuditAction onlyAction = null;
            if (action != null && !action.isBlank()) {
                try {
                    onlyAction = AuditAction.valueOf(action);
                } catch (IllegalArgumentException unknown) {
                    throw new IllegalArgumentException("Action: choose one from the list.");
                }
            }
            LocalDate first = day(from, "From");
            LocalDate last = day(to, "To");
            if (first != null && last != null && last.isBefore(first)) {
                throw new IllegalArgumentException("To: the last day must not be before the first.");
            }
            return new AuditFilter(username == null || username.isBlank() ? null : username.strip(), onlyPatient,
                    onlyAction, first, last);
        }

        private static LocalDate day(String text, String field) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (java.time.format.DateTimeParseException notADay) {
                throw new IllegalArgumentException(field + ": enter a day as YYYY-MM-DD.");
            }
        }

        Instant fromInstant() {
            return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        Instant toInstant() {
            return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    /** The newest audit entries of the practice that match the filter, at most {@code limit}. */
    public List<AuditLine> audit(UUID practiceId, AuditFilter filter, int limit) {
        Map<AccountId, String> usernames = new HashMap<>();
        security.accounts().listByPractice(practiceId).forEach(a -> usernames.put(a.id(), a.username()));
        return entries(practiceId, filter, limit).stream()
                .map(e -> new AuditLine(e.sequence(), e.occurredAt(), e.action().name(), username(usernames, e),
                        e.portal() == null ? "" : e.portal().name(), e.detail(),
                        e.patient() == null ? "" : e.patient()))
                .toList();
    }

    /**
     * Who an entry of the practice's trail concerns: one of its users, or a patient's own account (patients belong to
     * no practice; their entries are in the practice whose record they opened).
     */
    private String username(Map<AccountId, String> usernames, AuditEntry entry) {
        if (entry.account() == null) {
            return null;
        }
        return usernames.computeIfAbsent(entry.account(), id -> security.accounts().find(id)
                .filter(a -> a.practiceId() == null).map(AccountView::username).orElse(null));
    }

    /** The same entries as {@link #audit} (up to 10,000, oldest first), written as formula-safe CSV. */
    public void exportCsv(UUID practiceId, AuditFilter filter, Appendable out) throws IOException {
        List<AuditEntry> oldestFirst = new ArrayList<>(entries(practiceId, filter, 10_000));
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

    private List<AuditEntry> entries(UUID practiceId, AuditFilter filter, int limit) {
        AccountId only = null;
        if (filter.username() != null) {
            Optional<AccountView> account = inPractice(practiceId, filter.username());
            if (account.isEmpty()) {
                return List.of();
            }
            only = account.get().id();
        }
        return security.audit().searchNewestFirst(new AuditQuery(only, filter.patient(), filter.action(),
                filter.fromInstant(), filter.toInstant(), limit).inPractice(practiceId));
    }

    /** Checks the whole hash chain of the audit trail. */
    public AuditVerification verify() {
        return security.audit().verify(anchors.all());
    }

    private Optional<AccountView> inPractice(UUID practiceId, String username) {
        return security.accounts().findByUsername(username == null ? "" : username)
                .filter(a -> practiceId.equals(a.practiceId()));
    }
}
