package org.oa.web.application.signin;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.security.OaSecurity;
import org.oa.security.account.AccountId;
import org.oa.security.account.Portal;
import org.oa.security.twofactor.CodeChannel;
import org.oa.security.twofactor.CodeDispatch;
import org.oa.security.twofactor.PhoneNumber;
import org.oa.security.twofactor.SecondFactorOutcome;
import org.oa.security.twofactor.SecondFactorRefusal;
import org.oa.security.twofactor.TotpConfirmation;
import org.oa.security.twofactor.TotpEnrollment;
import org.oa.web.application.UserNote;

/**
 * The second factor at sign-in: when it is required (always for EHR 24/7, and for any account with an
 * authenticator app or a confirmed mobile number), checking a code from the app, a texted or e-mailed code or a
 * recovery code, sending those codes, and enrolling an app.
 */
@ApplicationScoped
public class SecondFactor {

    /** Told when a text message could not be handed to the gateway. */
    static final String NOT_SENT = "The code could not be sent. Please try again in a moment, or use another way to"
            + " sign in.";

    @Inject
    OaSecurity security;

    /**
     * Whether signing in to {@code portal} needs a second factor from this account: always in EHR 24/7, and for an
     * account with an authenticator app or a confirmed mobile number.
     */
    public boolean required(Portal portal, String accountId) {
        return portal == Portal.EHR || enrolled(accountId) || maskedPhone(accountId).isPresent();
    }

    /**
     * Whether the account has a factor it can give at sign-in: an authenticator app or a confirmed mobile number.
     * Only an account with neither may set one up during a sign-in; one with a factor gives it first.
     */
    public boolean hasConfirmedFactor(String accountId) {
        return enrolled(accountId) || maskedPhone(accountId).isPresent();
    }

    /** Whether the account has a confirmed authenticator app. */
    public boolean enrolled(String accountId) {
        return security.twoFactor().totpEnabled(AccountId.parse(accountId));
    }

    /** The account's confirmed mobile number as {@code •••• •••0123}, or empty. */
    public Optional<String> maskedPhone(String accountId) {
        return security.phoneNumbers().confirmed(AccountId.parse(accountId)).map(PhoneNumber::masked);
    }

    /**
     * Checks a six-digit code (from the e-mail or text message just sent when {@code codeSent}, else from the
     * authenticator app), or else a recovery code. Empty when accepted; otherwise what to tell the user.
     */
    public Optional<String> verify(String accountId, String typed, boolean codeSent) {
        String code = typed == null ? "" : typed.replace(" ", "").strip();
        AccountId account = AccountId.parse(accountId);
        SecondFactorOutcome outcome;
        if (!code.matches("[0-9]{6}")) {
            outcome = security.twoFactor().verifyRecoveryCode(account, code);
        } else if (codeSent) {
            outcome = security.twoFactor().verifyCode(account, code);
        } else {
            outcome = security.twoFactor().verifyTotp(account, code);
        }
        if (outcome instanceof SecondFactorOutcome.Refused refused) {
            return Optional.of(codeSent && refused.reason() == SecondFactorRefusal.WRONG_CODE
                    ? "That code is not right. Type the newest code we sent: each new code replaces the one before."
                    : explain(refused.reason()));
        }
        return Optional.empty();
    }

    /** E-mails a one-time code; says where it went, when to ask again, or that it could not be sent. */
    public UserNote emailCode(String accountId, String email) {
        CodeDispatch dispatch = security.twoFactor().sendCode(AccountId.parse(accountId), CodeChannel.EMAIL);
        return note(dispatch, "We sent a code to " + masked(email) + ". It works once, for 10 minutes. Not there after"
                + " a few minutes? Look in your spam or junk folder, and check with your administrator that this"
                + " address is current.");
    }

    /** Texts a one-time code to the confirmed mobile number; says where it went, when to ask again, or what failed. */
    public UserNote textCode(String accountId) {
        Optional<String> phone = maskedPhone(accountId);
        CodeDispatch dispatch = security.twoFactor().sendCode(AccountId.parse(accountId), CodeChannel.SMS);
        return note(dispatch, "Code sent to " + phone.orElse("your mobile number") + " by text message. It works"
                + " once, for 10 minutes; texts can take a minute to arrive. Nothing after a few minutes? Check that"
                + " this is still your number: if it has changed, sign in another way and update it on the Account"
                + " security page, or ask your administrator for help.");
    }

    private static UserNote note(CodeDispatch dispatch, String sent) {
        if (dispatch instanceof CodeDispatch.Throttled throttled) {
            long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), throttled.retryAfter())
                    .toSeconds());
            return UserNote.info("A code was sent a moment ago. You can ask for another in " + seconds + " seconds.");
        }
        if (dispatch instanceof CodeDispatch.NotSent notSent) {
            return UserNote.problem(notSent.reason() == CodeDispatch.Reason.NO_PHONE_NUMBER
                    ? "No confirmed mobile number is set up for this account. Use another way to sign in."
                    : NOT_SENT);
        }
        return UserNote.info(sent);
    }

    /** Whether this device was remembered for this account (never for EHR 24/7, which always asks). */
    public boolean rememberedDevice(Portal portal, String accountId, String token) {
        return portal != Portal.EHR && token != null && !token.isBlank()
                && security.rememberedDevices().isRemembered(AccountId.parse(accountId), token);
    }

    /** Remembers this device for 30 days; returns the cookie value. */
    public String rememberDevice(String accountId, String label) {
        return security.rememberedDevices().remember(AccountId.parse(accountId), label).token();
    }

    /** {@code j***@example.org}: enough to recognise an address, not to harvest it. */
    static String masked(String email) {
        int at = email.indexOf('@');
        if (at < 1) {
            return "your e-mail address";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /**
     * Starts setting up an authenticator app for an account that has none: a new secret, its otpauth URI and QR
     * code. For the sign-in of an account without any factor, or one that just gave another factor.
     *
     * @throws IllegalStateException when the account already has a confirmed app
     */
    public TotpEnrollment startFirstEnrolment(String accountId) {
        return security.twoFactor().enrollTotp(AccountId.parse(accountId));
    }

    /**
     * Starts setting up or replacing the authenticator app of a signed-in user who has just passed step-up; the
     * current app keeps working until the new one is confirmed.
     */
    public TotpEnrollment startEnrolmentAfterStepUp(String accountId) {
        AccountId account = AccountId.parse(accountId);
        return enrolled(accountId) ? security.twoFactor().replaceTotp(account)
                : security.twoFactor().enrollTotp(account);
    }

    /** Confirms an enrolment with the first code from the app; returns the recovery codes, or what went wrong. */
    public Result confirmEnrolment(String accountId, String typed) {
        String code = typed == null ? "" : typed.replace(" ", "").strip();
        TotpConfirmation confirmation = security.twoFactor().confirmTotp(AccountId.parse(accountId), code);
        if (confirmation instanceof TotpConfirmation.Confirmed confirmed) {
            return new Result(confirmed.recoveryCodes(), null);
        }
        return new Result(List.of(), explain(((TotpConfirmation.Refused) confirmation).reason()));
    }

    /**
     * The outcome of confirming an enrolment.
     *
     * @param recoveryCodes the single-use recovery codes, shown once; empty when refused
     * @param problem       what to tell the user, or null when confirmed
     */
    public record Result(List<String> recoveryCodes, String problem) {
    }

    public static String explain(SecondFactorRefusal reason) {
        return switch (reason) {
            case WRONG_CODE -> "That code is not right. Use the newest code your app shows; if it keeps failing, "
                    + "check that your phone sets its time automatically.";
            case REPLAYED -> "That code was already used. Wait for the next code in your app.";
            case EXPIRED -> "That code has expired. Use the newest one.";
            case TOO_MANY_ATTEMPTS, LOCKED -> "Too many wrong codes. Please sign in again later, or ask your "
                    + "administrator for help.";
            case NOT_ENROLLED -> "No authenticator app is set up for this account yet.";
            case NO_CODE_PENDING -> "There is no code waiting for this account. Ask for a new one.";
        };
    }
}
