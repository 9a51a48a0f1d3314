package org.oa.security.password;

/** Why a password was refused; each code comes with an explanation a user understands. */
public enum ViolationCode {
    /** Shorter than the policy's minimum length. */
    TOO_SHORT,
    /** Longer than the policy's maximum length. */
    TOO_LONG,
    /** On the list of commonly used or breached passwords. */
    COMMON_PASSWORD,
    /** Contains the username, e-mail address, practice name, an NPI or the tax ID. */
    CONTAINS_PERSONAL_DATA,
    /** Same as one of the last passwords of this account. */
    REUSED,
    /** No upper-case letter while the composition rule is on. */
    MISSING_UPPERCASE,
    /** No lower-case letter while the composition rule is on. */
    MISSING_LOWERCASE,
    /** No digit while the composition rule is on. */
    MISSING_DIGIT,
    /** No symbol while the composition rule is on. */
    MISSING_SYMBOL,
    /** The current password given to authorise a change was wrong. */
    CURRENT_PASSWORD_WRONG,
    /** Too many wrong passwords: the account is locked, so the current password was not checked. */
    ACCOUNT_LOCKED
}
