package org.oa.security.internal.account;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.oa.security.account.AccountId;
import org.oa.security.account.AccountState;
import org.oa.security.account.AccountView;
import org.oa.security.account.Role;

/**
 * A stored account row including credential and lockout columns. Never leaves the internal packages;
 * {@code toString()} omits the hash and the e-mail address.
 */
public record AccountRecord(AccountId id, String username, String displayName, String email, UUID practiceId,
        Set<Role> roles, boolean disabled, String passwordHash, int failedAttempts, int lockCount,
        Long lockedUntil) {

    /**
     * @param now the current instant
     * @return {@code true} while a lock is in force
     */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil > now.toEpochMilli();
    }

    /**
     * @param now the current instant
     * @return the public view at {@code now}
     */
    public AccountView view(Instant now) {
        AccountState state = disabled ? AccountState.DISABLED
                : lockedAt(now) ? AccountState.LOCKED : AccountState.ACTIVE;
        return new AccountView(id, username, displayName, email, practiceId, roles, state);
    }

    @Override
    public String toString() {
        return "AccountRecord[id=" + id + "]";
    }
}
