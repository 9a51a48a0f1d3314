package org.oa.security.internal.account;

/**
 * Where a secret was checked. All channels count on the account's one lockout counter; a success clears only the
 * failures of its own channel, so that a working channel (practice software logging in over SFTP every few
 * seconds, a right password) cannot keep wiping another channel's failures and grant unlimited guesses there.
 */
public enum AttemptChannel {
    /** The web password: sign-in, and the current password asked again on the account security page. */
    PASSWORD(null),
    /** Second-factor codes: authenticator, texted, e-mailed and recovery codes, phone confirmation codes. */
    CODE("code_failures"),
    /** The SFTP password of practice software. */
    SFTP("sftp_failures");

    /** The columns that count the failures of channels other than the password (which is the remainder). */
    static final String[] COUNTED_COLUMNS = {"code_failures", "sftp_failures"};

    private final String column;

    AttemptChannel(String column) {
        this.column = column;
    }

    /** The column counting this channel's failures, or null for the password (the remainder of the total). */
    String column() {
        return column;
    }
}
