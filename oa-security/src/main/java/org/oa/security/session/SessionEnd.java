package org.oa.security.session;

/** Why a signed-in session ended. */
public enum SessionEnd {
    /** The user signed out. */
    SIGNED_OUT,
    /** Idle timeout or the absolute session limit. */
    TIMED_OUT,
    /** The password was changed in another session of the account. */
    PASSWORD_CHANGED,
    /** The password was reset by e-mail. */
    PASSWORD_RESET,
    /** The user signed this session out from another one. */
    SIGNED_OUT_ELSEWHERE
}
