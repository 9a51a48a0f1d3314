package org.oa.security.login;

/** Why a sign-in was refused: for the audit trail and metrics only, never for the user. */
public enum RefusalReason {
    /** No account has this username. */
    UNKNOWN_USERNAME,
    /** The password did not match. */
    WRONG_PASSWORD,
    /** The credentials were valid but no role of the account opens this portal. */
    PORTAL_NOT_ALLOWED,
    /**
     * The account is locked after repeated failures; the password was not hashed, but the answer waited about as
     * long as a hash takes, so timing does not tell a locked account from an unknown username.
     */
    LOCKED,
    /** The account is disabled; the password was checked against a dummy hash only. */
    DISABLED
}
