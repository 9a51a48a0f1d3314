package org.oa.security.login;

import org.oa.security.account.Portal;

/** Checks credentials for one portal. Obtained from {@link org.oa.security.OaSecurity#login()}; thread-safe. */
public interface Login {

    /**
     * Checks a username and password for a portal. The lockout counter is consulted and incremented in the
     * database before the password is hashed, so all nodes share it; an unknown username costs the same
     * hashing work as a wrong password; valid credentials at a portal the account's roles do not open are
     * refused like a wrong password.
     *
     * @param portal   the portal whose login page was used
     * @param username the name as typed
     * @param password the password exactly as typed; not kept
     * @return success with the roles usable in this portal, or a refusal
     */
    LoginOutcome authenticate(Portal portal, String username, char[] password);
}
