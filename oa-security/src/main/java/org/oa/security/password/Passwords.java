package org.oa.security.password;

import java.util.List;
import org.oa.security.account.AccountId;

/**
 * Password checks and changes under the account's practice policy. Obtained from {@link
 * org.oa.security.OaSecurity#passwords()}; thread-safe.
 */
public interface Passwords {

    /**
     * Checks a candidate for an existing account without storing it (for live feedback). Reuse is checked too,
     * which costs one argon2 verification per remembered password.
     *
     * @param account   the account
     * @param candidate the new password as typed
     * @return the violations, empty when acceptable
     */
    List<PasswordViolation> check(AccountId account, char[] candidate);

    /**
     * Changes a password after verifying the current one (audited as PASSWORD_CHANGED).
     *
     * @param account the account
     * @param current the current password, as typed
     * @param next    the new password, as typed
     * @return {@link PasswordChange.Changed} or the violations ({@link ViolationCode#CURRENT_PASSWORD_WRONG} when
     *         {@code current} is wrong)
     */
    PasswordChange change(AccountId account, char[] current, char[] next);
}
