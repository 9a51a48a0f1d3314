package org.oa.security.session;

/** What the registry says about a session at a request. */
public enum SessionStatus {
    /** Signed in: go on. */
    ACTIVE,
    /** Ended (by a password change or reset, or from another session): sign the session out now. */
    ENDED,
    /** Not in the registry (never registered, or purged): treat as ended. */
    UNKNOWN
}
