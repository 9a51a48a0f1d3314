package org.oa.security.account;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An account as the portals see it: no credential material. {@code toString()} leaves out the e-mail address.
 *
 * @param id          the identifier
 * @param username    the normalised sign-in name
 * @param displayName the name shown in the portals
 * @param email       the notification address
 * @param practiceId  the practice, {@code null} for a patient
 * @param roles       the roles held, never empty
 * @param state       whether the account may sign in now
 */
public record AccountView(AccountId id, String username, String displayName, String email, UUID practiceId,
        Set<Role> roles, AccountState state) {

    /** Validates the fields. */
    public AccountView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(state, "state");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** @return the portals this account's roles open */
    public Set<Portal> portals() {
        EnumSet<Portal> portals = EnumSet.noneOf(Portal.class);
        roles.forEach(role -> portals.addAll(role.portals()));
        return Set.copyOf(portals);
    }

    @Override
    public String toString() {
        return "AccountView[id=" + id + ", username=" + username + ", practiceId=" + practiceId + ", roles=" + roles
                + ", state=" + state + "]";
    }
}
