package org.oa.security.account;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What an account is created from. The password is used once to compute its hash; the caller may clear the
 * array afterwards. {@code toString()} shows neither the e-mail address nor the password.
 *
 * @param username    the sign-in name; compared case-insensitively after Unicode NFKC normalisation
 * @param displayName the name shown in the portals
 * @param email       where notifications (account locked, reset links) are sent
 * @param practiceId  the practice (tenant) the account belongs to, {@code null} for a patient
 * @param roles       at least one role; {@link Role#PATIENT} only without a practice, the others only with one
 * @param password    the initial password, exactly as typed
 */
public record NewAccount(String username, String displayName, String email, UUID practiceId, Set<Role> roles,
        char[] password) {

    /** Validates every field; messages name the field, never its value. */
    public NewAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(password, "password");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("displayName must not be blank");
        }
        if (email.isBlank() || email.indexOf('@') < 1) {
            throw new IllegalArgumentException("email must be an address");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("roles must not be empty");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        boolean patient = roles.contains(Role.PATIENT);
        if (patient && roles.size() > 1) {
            throw new IllegalArgumentException("roles: PATIENT cannot be combined with other roles");
        }
        if (patient && practiceId != null) {
            throw new IllegalArgumentException("practiceId must be null for a patient");
        }
        if (!patient && practiceId == null) {
            throw new IllegalArgumentException("practiceId is required for staff roles");
        }
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", practiceId=" + practiceId + ", roles=" + roles + "]";
    }
}
