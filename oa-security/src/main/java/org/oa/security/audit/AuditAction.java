package org.oa.security.audit;

/** The kinds of security event the trail records. */
public enum AuditAction {
    /** An account was created. */
    ACCOUNT_CREATED,
    /** A sign-in succeeded. */
    LOGIN_SUCCEEDED,
    /** A sign-in was refused; the detail holds the {@link org.oa.security.login.RefusalReason}. */
    LOGIN_REFUSED,
    /** Repeated failures locked an account. */
    ACCOUNT_LOCKED,
    /** An administrator lifted a lock. */
    ACCOUNT_UNLOCKED,
    /** An administrator disabled an account. */
    ACCOUNT_DISABLED,
    /** An administrator enabled an account again. */
    ACCOUNT_ENABLED,
    /** The user chose a role (and location) after sign-in. */
    ROLE_CHOSEN,
    /** The user signed out or the session ended. */
    SIGNED_OUT,
    /**
     * Other signed-in sessions of the account were ended (password change or reset, or "sign out that session");
     * the detail says how many and why.
     */
    SESSIONS_ENDED,
    /**
     * A signed-in user gave a second factor again before a step-up page (machine credentials, prescribing); the
     * detail names the page.
     */
    STEP_UP_CONFIRMED,
    /** A password was changed. */
    PASSWORD_CHANGED,
    /** A practice's security settings were changed. */
    SETTINGS_CHANGED,
    /** An authenticator app was enrolled (confirmed). */
    TOTP_ENROLLED,
    /** The authenticator app and recovery codes were removed. */
    TOTP_DISABLED,
    /** New recovery codes were issued. */
    RECOVERY_CODES_ISSUED,
    /** A second-factor code was accepted; the detail names the method. */
    SECOND_FACTOR_SUCCEEDED,
    /** A second-factor code was refused; the detail names the method and reason. */
    SECOND_FACTOR_REFUSED,
    /** An e-mail or SMS one-time code was sent; the detail names the channel (and the purpose when not sign-in). */
    CODE_SENT,
    /** A one-time code could not be handed to the mail server or SMS gateway and was withdrawn; the detail names the channel. */
    CODE_NOT_DELIVERED,
    /** An account's first phone number was confirmed with the code texted to it (the number is never recorded). */
    PHONE_NUMBER_SET,
    /** A new phone number was confirmed with the code texted to it and replaced the earlier one. */
    PHONE_NUMBER_CHANGED,
    /** An account's phone number (confirmed or waiting for confirmation) was removed. */
    PHONE_NUMBER_REMOVED,
    /** A password reset token was issued. */
    PASSWORD_RESET_REQUESTED,
    /** A device was remembered for skipping the second factor. */
    DEVICE_REMEMBERED,
    /** A remembered device was revoked. */
    DEVICE_REVOKED,
    /** A new SFTP credential was issued (revoking the previous one). */
    SFTP_CREDENTIAL_ISSUED,
    /** An SFTP sign-in succeeded. */
    SFTP_LOGIN_SUCCEEDED,
    /** An SFTP sign-in was refused; the detail holds the reason. */
    SFTP_LOGIN_REFUSED,
    /** An API token was issued or provisioned; the detail names the practice and token (never the token). */
    API_TOKEN_ISSUED,
    /** An API token was revoked; the detail names the practice and token. */
    API_TOKEN_REVOKED,
    /** A bearer token was refused; the detail says why (malformed, unknown, revoked). */
    API_TOKEN_REFUSED,
    /**
     * A calendar feed token was issued (replacing the account's earlier one for that provider); the detail names
     * the provider, never the token.
     */
    CALENDAR_TOKEN_ISSUED,
    /**
     * Calendar feed tokens were revoked: one replaced by a new one (the detail names the provider) or all of an
     * account's (the detail says how many).
     */
    CALENDAR_TOKEN_REVOKED,
    /**
     * A user or an API caller saw a patient's data (a claim's page, a search result list); the entry names the
     * patient by ID when there is one patient, and the detail says what was seen and where.
     */
    PATIENT_DATA_VIEWED,
    /** A user or an API caller changed a patient's data (a corrected or new claim); the entry names the patient. */
    PATIENT_DATA_CHANGED,
    /** A patient's portal account was linked to a patient record; the entry names the patient and the practice. */
    PATIENT_RECORD_LINKED,
    /** A patient's portal account was unlinked from a patient record (or linked to another instead). */
    PATIENT_RECORD_UNLINKED,
    /** An account set (or replaced) its security questions; the detail says how many, never the answers. */
    SECURITY_QUESTIONS_SET,
    /** An account's security questions were removed. */
    SECURITY_QUESTIONS_REMOVED,
    /** Wrong answers to the security questions of a reset link; the detail says how many attempts are left. */
    SECURITY_QUESTIONS_FAILED
}
