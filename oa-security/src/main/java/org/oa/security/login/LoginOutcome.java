package org.oa.security.login;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.oa.security.account.AccountView;
import org.oa.security.account.Role;

/** What {@link Login#authenticate} decided. */
public sealed interface LoginOutcome {

    /** The one message every refusal shows, whatever its reason. */
    String REFUSAL_MESSAGE = "The username or password is incorrect for this portal.";

    /** @return {@code true} for {@link Success} */
    default boolean succeeded() {
        return this instanceof Success;
    }

    /**
     * The credentials are valid for this portal.
     *
     * @param account       the account signed in
     * @param rolesInPortal the account's roles that open this portal, never empty; when there are several the
     *                      user chooses one after login
     */
    record Success(AccountView account, Set<Role> rolesInPortal) implements LoginOutcome {
        /** Validates the fields. */
        public Success {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(rolesInPortal, "rolesInPortal");
            if (rolesInPortal.isEmpty()) {
                throw new IllegalArgumentException("rolesInPortal must not be empty");
            }
            rolesInPortal = Set.copyOf(EnumSet.copyOf(rolesInPortal));
        }
    }

    /**
     * The sign-in was refused. Show {@link #message()} (always {@link #REFUSAL_MESSAGE}); log or audit the
     * reason.
     *
     * @param reason why, for the audit trail only
     */
    record Refused(RefusalReason reason) implements LoginOutcome {
        /** Validates the field. */
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }

        /** @return {@link LoginOutcome#REFUSAL_MESSAGE}, the same for every reason */
        public String message() {
            return REFUSAL_MESSAGE;
        }
    }
}
