package org.oa.security.twofactor;

/** How a one-time code reaches the user. */
public enum CodeChannel {
    /** To the account's e-mail address. */
    EMAIL,
    /** To a phone number the application knows. */
    SMS
}
