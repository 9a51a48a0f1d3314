package org.oa.security.internal.account;

import java.time.Clock;
import java.util.Objects;
import org.oa.security.account.AccountId;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;
import org.oa.security.internal.audit.JdbcAuditTrail;
import org.oa.security.lockout.AccountLocked;
import org.oa.security.lockout.LockoutNotifier;
import org.oa.security.lockout.LockoutPolicy;

/**
 * The lockout protocol around any secret check (password, code or SFTP secret): {@link #enter} reserves an
 * attempt in the database before the check, {@link #succeeded} clears the failures of its channel (another
 * channel's stay), {@link #failed} applies a lock when the threshold is reached and notifies once. Thread-safe.
 */
public final class LockoutGate {

    private static final System.Logger LOG = System.getLogger(LockoutGate.class.getName());

    private final AccountStore accounts;
    private final PracticeStore practices;
    private final JdbcAuditTrail audit;
    private final LockoutNotifier notifier;
    private final Clock clock;

    /**
     * @param accounts  counters
     * @param practices policies
     * @param audit     the trail
     * @param notifier  told about new locks
     * @param clock     the time source
     */
    public LockoutGate(AccountStore accounts, PracticeStore practices, JdbcAuditTrail audit, LockoutNotifier notifier,
            Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.practices = Objects.requireNonNull(practices, "practices");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param account the account about to be checked
     * @param channel where the secret is checked
     * @return {@code true} when the check may run; {@code false} when the account is locked (check nothing)
     */
    public boolean enter(AccountRecord account, AttemptChannel channel) {
        LockoutPolicy policy = practices.lockoutFor(account.practiceId());
        if (accounts.reserveAttempt(account.id(), channel, policy.threshold(), clock.instant())) {
            return true;
        }
        accounts.lockIfThresholdReached(account.id(), policy, clock.instant(), true)
                .ifPresent(lock -> announce(account, lock));
        return false;
    }

    /**
     * Does the database work of {@link #enter} and of a failed check for an account that does not exist, changing
     * nothing: an unknown or disabled username then costs about what a locked or known one costs, so the answer
     * time does not tell them apart.
     */
    public void imitate() {
        AccountId nobody = AccountId.random();
        LockoutPolicy policy = practices.lockoutFor(java.util.UUID.randomUUID());
        accounts.reserveAttempt(nobody, AttemptChannel.PASSWORD, policy.threshold(), clock.instant());
        accounts.lockIfThresholdReached(nobody, policy, clock.instant(), true);
    }

    /**
     * @param account the account whose check succeeded
     * @param channel the channel it was entered through; only that channel's failures are cleared
     */
    public void succeeded(AccountRecord account, AttemptChannel channel) {
        accounts.recordSuccess(account.id(), channel);
    }

    /** @param account the account whose check failed after {@link #enter} */
    public void failed(AccountRecord account) {
        LockoutPolicy policy = practices.lockoutFor(account.practiceId());
        accounts.lockIfThresholdReached(account.id(), policy, clock.instant(), false)
                .ifPresent(lock -> announce(account, lock));
    }

    private void announce(AccountRecord account, AccountStore.AppliedLock lock) {
        audit.append(new AuditEvent(AuditAction.ACCOUNT_LOCKED, account.id(), null,
                "lock " + lock.lockNumber() + " until " + lock.until()));
        AccountRecord locked = accounts.find(account.id()).orElse(account);
        try {
            notifier.accountLocked(new AccountLocked(locked.view(clock.instant()), lock.until(), lock.lockNumber()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "lockout notifier failed for account {0}: {1}", account.id(),
                    e.getClass().getName());
        }
    }
}
