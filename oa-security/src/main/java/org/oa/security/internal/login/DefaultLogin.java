package org.oa.security.internal.login;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.account.Role;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;
import org.oa.security.internal.account.AccountRecord;
import org.oa.security.internal.account.AccountStore;
import org.oa.security.internal.account.AttemptChannel;
import org.oa.security.internal.account.LockoutGate;
import org.oa.security.internal.account.Usernames;
import org.oa.security.internal.audit.JdbcAuditTrail;
import org.oa.security.internal.credential.PasswordHasher;
import org.oa.security.login.Login;
import org.oa.security.login.LoginOutcome;
import org.oa.security.login.RefusalReason;

/**
 * Signs in: find the account, reserve an attempt in the database (refuse without hashing when locked), verify
 * the argon2id hash, check the portal, then reset the counter or apply a lock. Thread-safe.
 */
public final class DefaultLogin implements Login {

    private final AccountStore accounts;
    private final LockoutGate lockout;
    private final PasswordHasher hasher;
    private final JdbcAuditTrail audit;
    private final Clock clock;

    /**
     * @param accounts account rows
     * @param lockout  the lockout protocol
     * @param hasher   argon2id hashing
     * @param audit    the trail
     * @param clock    the time source
     */
    public DefaultLogin(AccountStore accounts, LockoutGate lockout, PasswordHasher hasher, JdbcAuditTrail audit,
            Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public LoginOutcome authenticate(Portal portal, String username, char[] password) {
        Objects.requireNonNull(portal, "portal");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Optional<AccountRecord> found = accounts.findByUsername(Usernames.normalize(username));
        if (found.isEmpty()) {
            lockout.imitate();
            hasher.verifyDummy(password);
            return refuse(null, portal, RefusalReason.UNKNOWN_USERNAME);
        }
        AccountRecord account = found.get();
        if (account.disabled()) {
            lockout.imitate();
            hasher.verifyDummy(password);
            return refuse(account.id(), portal, RefusalReason.DISABLED);
        }
        if (!lockout.enter(account, AttemptChannel.PASSWORD)) {
            hasher.imitateVerification();
            return refuse(account.id(), portal, RefusalReason.LOCKED);
        }
        boolean matches = hasher.verify(password, account.passwordHash());
        Set<Role> rolesInPortal = Role.openingPortal(account.roles(), portal);
        if (!matches || rolesInPortal.isEmpty()) {
            lockout.failed(account);
            return refuse(account.id(), portal,
                    matches ? RefusalReason.PORTAL_NOT_ALLOWED : RefusalReason.WRONG_PASSWORD);
        }
        lockout.succeeded(account, AttemptChannel.PASSWORD);
        if (hasher.needsRehash(account.passwordHash())) {
            accounts.replaceHash(account.id(), account.passwordHash(), hasher.hash(password));
        }
        audit.append(new AuditEvent(AuditAction.LOGIN_SUCCEEDED, account.id(), portal, ""));
        return new LoginOutcome.Success(accounts.find(account.id()).orElse(account).view(clock.instant()),
                rolesInPortal);
    }

    private LoginOutcome refuse(AccountId account, Portal portal, RefusalReason reason) {
        audit.append(new AuditEvent(AuditAction.LOGIN_REFUSED, account, portal, reason.name()));
        return new LoginOutcome.Refused(reason);
    }
}
