package org.oa.security.twofactor;

import java.util.List;
import org.oa.security.account.AccountId;

/**
 * Second factors. Obtained from {@link org.oa.security.OaSecurity#twoFactor()}; thread-safe. Wrong codes count
 * towards the account's lockout like wrong passwords, and a locked account accepts no code.
 */
public interface TwoFactor {

    /**
     * Starts (or restarts) the first authenticator-app enrolment of an account that has no confirmed app, with a
     * new secret. This is what a sign-in may offer to an account without a second factor; an account that has an
     * app must prove it before changing it ({@link #replaceTotp}).
     *
     * @param account the account
     * @return the secret, the {@code otpauth://} URI and its QR code
     * @throws IllegalStateException when the account already has a confirmed authenticator app
     */
    TotpEnrollment enrollTotp(AccountId account);

    /**
     * Starts replacing an account's authenticator app with a new secret; the confirmed secret stays in force until
     * {@link #confirmTotp} succeeds with a code of the new one. Call it only for a user who has just given a second
     * factor again (step-up): whoever confirms the new secret owns the account's second factor.
     *
     * @param account the account
     * @return the secret, the {@code otpauth://} URI and its QR code
     */
    TotpEnrollment replaceTotp(AccountId account);

    /**
     * Enrols an authenticator app with a secret chosen by the operator (demo data, migration from another
     * system), confirmed at once: no code is asked for. Replaces any earlier secret; recovery codes are not issued.
     *
     * @param account      the account
     * @param base32Secret the shared secret in Base32 (RFC 4648, any case, spaces and padding ignored), at least
     *                     128 bits; {@code null} for a new random 160-bit secret
     * @return the secret, the {@code otpauth://} URI and its QR code
     * @throws IllegalArgumentException when the secret is not Base32 or shorter than 128 bits
     */
    TotpEnrollment provisionTotp(AccountId account, String base32Secret);

    /**
     * Confirms enrolment with a code from the app; on success issues fresh recovery codes.
     *
     * @param account the account
     * @param code    the six digits shown by the app
     * @return the recovery codes to show once, or a refusal
     */
    TotpConfirmation confirmTotp(AccountId account, String code);

    /**
     * @param account the account
     * @return {@code true} when a confirmed authenticator app is enrolled
     */
    boolean totpEnabled(AccountId account);

    /**
     * Checks an authenticator code: SHA-1, 6 digits, 30 s steps, one step of drift either way; each step is
     * accepted once per account.
     *
     * @param account the account that passed the password check
     * @param code    the six digits typed
     * @return accepted or refused
     */
    SecondFactorOutcome verifyTotp(AccountId account, String code);

    /**
     * @param account the account
     * @param code    one recovery code (case and dashes ignored); each works once
     * @return accepted or refused
     */
    SecondFactorOutcome verifyRecoveryCode(AccountId account, String code);

    /**
     * Replaces all recovery codes.
     *
     * @param account the account
     * @return ten new codes to show once; only their hashes are stored
     */
    List<String> regenerateRecoveryCodes(AccountId account);

    /**
     * Removes the authenticator app and the recovery codes.
     *
     * @param account the account
     * @return {@code true} when one was enrolled
     */
    boolean disableTotp(AccountId account);

    /**
     * Sends a six-digit code valid for 10 minutes through the {@link CodeSender}: by e-mail to the account's
     * address, by SMS to its confirmed phone number ({@link PhoneNumbers}). Resends are throttled (one per minute,
     * whatever the channel); a new code replaces the previous one. A code the sender could not hand over is
     * withdrawn at once.
     *
     * @param account the account
     * @param channel e-mail or SMS
     * @return sent; throttled with the time a resend is allowed; or not sent (no confirmed phone number for SMS,
     *         or the sender failed)
     */
    CodeDispatch sendCode(AccountId account, CodeChannel channel);

    /**
     * Checks the last code sent; at most 5 attempts per code; a right code is consumed.
     *
     * @param account the account
     * @param code    the digits typed
     * @return accepted or refused
     */
    SecondFactorOutcome verifyCode(AccountId account, String code);
}
