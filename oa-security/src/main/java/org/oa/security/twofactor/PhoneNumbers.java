package org.oa.security.twofactor;

import java.util.Optional;
import org.oa.security.account.AccountId;

/**
 * The account's mobile phone number for sign-in codes by text message. Obtained from {@link
 * org.oa.security.OaSecurity#phoneNumbers()}; thread-safe.
 *
 * <p>A number is used for sign-in codes only after a code texted to it was typed back ({@link #confirm}), so a
 * typo never locks anyone out: until then the earlier confirmed number, if any, stays in force. Confirmation codes
 * are six digits, work for 10 minutes and survive 5 wrong tries; one code per minute may be sent; wrong codes count
 * towards the account's lockout like wrong passwords. Setting, changing and removing a number are audited (never
 * the number itself).
 */
public interface PhoneNumbers {

    /**
     * Normalises a typed number (see {@link PhoneNumber#parse}) and texts a confirmation code to it. The number
     * waits as pending until {@link #confirm}; a later call replaces a pending number.
     *
     * @param account the account
     * @param typed   the number as the user typed it
     * @return code sent, throttled, rejected with a problem code, or not delivered
     */
    PhoneNumberChange change(AccountId account, String typed);

    /**
     * Texts a new confirmation code to the pending number (throttled like {@link #change}).
     *
     * @param account the account
     * @return code sent, throttled, not delivered, or nothing pending
     */
    PhoneNumberChange resendConfirmation(AccountId account);

    /**
     * Confirms the pending number with the code texted to it; it then replaces the confirmed number.
     *
     * @param account the account
     * @param code    the six digits typed
     * @return accepted, or refused with the reason (wrong, expired, too many tries, nothing pending, locked)
     */
    SecondFactorOutcome confirm(AccountId account, String code);

    /**
     * @param account the account
     * @return the number sign-in codes may be texted to, or empty
     */
    Optional<PhoneNumber> confirmed(AccountId account);

    /**
     * @param account the account
     * @return the number waiting for its confirmation code, or empty
     */
    Optional<PhoneNumber> pending(AccountId account);

    /**
     * Removes the confirmed and any pending number.
     *
     * @param account the account
     * @return {@code true} when there was one
     */
    boolean remove(AccountId account);
}
