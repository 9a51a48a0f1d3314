package org.oa.security.internal.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.oa.security.OaSecurityException;
import org.oa.security.account.AccountId;
import org.oa.security.account.AccountView;
import org.oa.security.account.Accounts;
import org.oa.security.account.NewAccount;
import org.oa.security.account.Registration;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;
import org.oa.security.internal.audit.JdbcAuditTrail;
import org.oa.security.internal.credential.PasswordHasher;
import org.oa.security.internal.credential.PasswordRules;
import org.oa.security.password.PasswordChange;
import org.oa.security.password.PasswordPolicy;
import org.oa.security.password.PasswordViolation;
import org.oa.security.password.Passwords;
import org.oa.security.password.ViolationCode;
import org.oa.security.practice.PracticeSecurity;

/** Accounts and password changes over JDBC. Thread-safe. */
public final class JdbcAccounts implements Accounts, Passwords {

    /** Passwords retired this recently are refused whatever the history size. */
    static final java.time.Duration REUSE_WINDOW = java.time.Duration.ofDays(1);
    /** At most this many old hashes are checked (each check is an argon2id verification). */
    static final int MAX_REMEMBERED = 24;

    private final AccountStore store;
    private final LockoutGate lockout;
    private final PracticeStore practices;
    private final PasswordHasher hasher;
    private final PasswordRules rules;
    private final JdbcAuditTrail audit;
    private final Clock clock;

    /**
     * @param store     account rows
     * @param practices per-practice settings
     * @param hasher    argon2id hashing
     * @param rules     password policy checks
     * @param audit     the trail
     * @param clock     the time source
     */
    public JdbcAccounts(AccountStore store, PracticeStore practices, LockoutGate lockout, PasswordHasher hasher,
            PasswordRules rules, JdbcAuditTrail audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.practices = Objects.requireNonNull(practices, "practices");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AccountId create(NewAccount account) {
        Registration registration = register(account);
        if (registration instanceof Registration.Created created) {
            return created.id();
        }
        Registration.Rejected rejected = (Registration.Rejected) registration;
        List<String> codes = new ArrayList<>();
        if (rejected.usernameTaken()) {
            codes.add("USERNAME_TAKEN");
        }
        rejected.violations().forEach(v -> codes.add(v.code().name()));
        throw new OaSecurityException("account not created: " + String.join(", ", codes));
    }

    @Override
    public Registration register(NewAccount account) {
        Objects.requireNonNull(account, "account");
        String username = Usernames.normalize(account.username());
        if (username.isEmpty() || username.length() > 256) {
            throw new IllegalArgumentException("username must be 1..256 characters after normalisation");
        }
        List<PasswordViolation> violations = rules.check(account.password(),
                practices.passwordPolicyFor(account.practiceId()), personalData(username, account.email(),
                        account.practiceId()));
        if (!violations.isEmpty()) {
            return new Registration.Rejected(false, violations);
        }
        if (store.findByUsername(username).isPresent()) {
            return new Registration.Rejected(true, List.of());
        }
        AccountId id = AccountId.random();
        AccountRecord record = new AccountRecord(id, username, account.displayName().strip(), account.email().strip(),
                account.practiceId(), account.roles(), false, hasher.hash(account.password()), 0, 0, null);
        if (!store.insert(record, clock.instant())) {
            return new Registration.Rejected(true, List.of());
        }
        audit.append(new AuditEvent(AuditAction.ACCOUNT_CREATED, id, null, AccountStore.rolesText(account.roles())));
        return new Registration.Created(id);
    }

    @Override
    public long count() {
        return store.count();
    }

    @Override
    public Optional<AccountView> find(AccountId id) {
        Objects.requireNonNull(id, "id");
        return store.find(id).map(r -> r.view(clock.instant()));
    }

    @Override
    public Optional<AccountView> findByUsername(String username) {
        Objects.requireNonNull(username, "username");
        return store.findByUsername(Usernames.normalize(username)).map(r -> r.view(clock.instant()));
    }

    @Override
    public List<AccountView> findByEmail(String email) {
        Objects.requireNonNull(email, "email");
        java.time.Instant now = clock.instant();
        return store.findByEmail(email).stream().map(r -> r.view(now)).toList();
    }

    @Override
    public List<AccountView> listByPractice(java.util.UUID practiceId) {
        Objects.requireNonNull(practiceId, "practiceId");
        java.time.Instant now = clock.instant();
        return store.listByPractice(practiceId).stream().map(r -> r.view(now)).toList();
    }

    @Override
    public boolean unlock(AccountId id) {
        Objects.requireNonNull(id, "id");
        boolean found = store.unlock(id);
        if (found) {
            audit.append(new AuditEvent(AuditAction.ACCOUNT_UNLOCKED, id, null, ""));
        }
        return found;
    }

    @Override
    public boolean setDisabled(AccountId id, boolean disabled) {
        Objects.requireNonNull(id, "id");
        boolean found = store.setDisabled(id, disabled);
        if (found) {
            audit.append(new AuditEvent(disabled ? AuditAction.ACCOUNT_DISABLED : AuditAction.ACCOUNT_ENABLED, id,
                    null, ""));
        }
        return found;
    }

    @Override
    public List<PasswordViolation> check(AccountId id, char[] candidate) {
        AccountRecord record = store.find(id).orElseThrow(() -> new OaSecurityException("no such account"));
        return violations(record, candidate);
    }

    @Override
    public PasswordChange change(AccountId id, char[] current, char[] next) {
        Objects.requireNonNull(current, "current");
        AccountRecord record = store.find(id).orElseThrow(() -> new OaSecurityException("no such account"));
        // The current password is a sign-in attempt: it counts on the lockout, and a locked account checks nothing.
        if (!lockout.enter(record, AttemptChannel.PASSWORD)) {
            hasher.imitateVerification();
            return new PasswordChange.Rejected(List.of(new PasswordViolation(ViolationCode.ACCOUNT_LOCKED,
                    "Too many wrong passwords: the account is locked for now, and the password cannot be changed.")));
        }
        if (!hasher.verify(current, record.passwordHash())) {
            lockout.failed(record);
            audit.append(new AuditEvent(AuditAction.LOGIN_REFUSED, id, null, "current password wrong"));
            return new PasswordChange.Rejected(List.of(new PasswordViolation(ViolationCode.CURRENT_PASSWORD_WRONG,
                    "The current password is not correct.")));
        }
        lockout.succeeded(record, AttemptChannel.PASSWORD);
        List<PasswordViolation> violations = violations(record, next);
        if (!violations.isEmpty()) {
            return new PasswordChange.Rejected(violations);
        }
        if (!store.changePassword(id, record.passwordHash(), hasher.hash(next), clock.instant())) {
            throw new OaSecurityException("the password was changed concurrently; try again");
        }
        audit.append(new AuditEvent(AuditAction.PASSWORD_CHANGED, id, null, ""));
        return new PasswordChange.Changed();
    }

    /**
     * Checks a replacement password (policy and history) without storing it.
     *
     * @param id   the account
     * @param next the candidate
     * @return {@link PasswordChange.Changed} when it would be accepted, else the violations
     */
    public PasswordChange checkReplacement(AccountId id, char[] next) {
        List<PasswordViolation> violations = check(id, next);
        return violations.isEmpty() ? new PasswordChange.Changed() : new PasswordChange.Rejected(violations);
    }

    /**
     * Sets a password without knowing the current one (reset flows); checks the policy and history.
     *
     * @param id   the account
     * @param next the new password
     * @param via  a short audit note, e.g. "reset-token"
     * @return the outcome
     */
    public PasswordChange replace(AccountId id, char[] next, String via) {
        AccountRecord record = store.find(id).orElseThrow(() -> new OaSecurityException("no such account"));
        List<PasswordViolation> violations = violations(record, next);
        if (!violations.isEmpty()) {
            return new PasswordChange.Rejected(violations);
        }
        if (!store.changePassword(id, record.passwordHash(), hasher.hash(next), clock.instant())) {
            throw new OaSecurityException("the password was changed concurrently; try again");
        }
        audit.append(new AuditEvent(AuditAction.PASSWORD_CHANGED, id, null, via));
        return new PasswordChange.Changed();
    }

    private List<PasswordViolation> violations(AccountRecord record, char[] candidate) {
        Objects.requireNonNull(candidate, "candidate");
        PasswordPolicy policy = practices.passwordPolicyFor(record.practiceId());
        List<PasswordViolation> violations = new ArrayList<>(rules.check(candidate, policy,
                personalData(record.username(), record.email(), record.practiceId())));
        if (violations.isEmpty() && policy.historySize() > 0) {
            // The last N passwords, and every password retired within REUSE_WINDOW (up to MAX_REMEMBERED), so that
            // N quick changes in a row do not bring the first one back.
            List<String> remembered = new ArrayList<>();
            remembered.add(record.passwordHash());
            remembered.addAll(store.rememberedHashes(record.id(), policy.historySize() - 1,
                    clock.instant().minus(REUSE_WINDOW), MAX_REMEMBERED - 1));
            for (String old : remembered) {
                if (hasher.matchesQuietly(candidate, old)) {
                    violations.add(new PasswordViolation(ViolationCode.REUSED, "Do not reuse one of your last "
                            + policy.historySize() + " passwords, nor one you used in the last day."));
                    break;
                }
            }
        }
        return violations;
    }

    private PasswordRules.PersonalData personalData(String username, String email, java.util.UUID practiceId) {
        Optional<PracticeSecurity> practice = practiceId == null ? Optional.empty() : practices.find(practiceId);
        return new PasswordRules.PersonalData(username, email, practice.map(PracticeSecurity::practiceName)
                .orElse(null), practice.map(PracticeSecurity::npis).orElse(Set.of()),
                practice.map(PracticeSecurity::taxId).orElse(null));
    }
}
