package org.oa.security.account;

/** Whether an account may sign in right now. */
public enum AccountState {
    /** Signs in with valid credentials. */
    ACTIVE,
    /** Temporarily locked after repeated failures; unlocks by itself or by an administrator. */
    LOCKED,
    /** Switched off by an administrator; never signs in. */
    DISABLED
}
