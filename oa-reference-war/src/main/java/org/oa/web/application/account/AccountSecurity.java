package org.oa.web.application.account;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.security.OaSecurity;
import org.oa.security.account.AccountId;
import org.oa.security.password.PasswordChange;
import org.oa.security.password.PasswordViolation;
import org.oa.security.questions.ChosenAnswer;
import org.oa.security.questions.QuestionsChange;
import org.oa.security.questions.SecurityQuestion;
import org.oa.security.recovery.RememberedDevice;
import org.oa.security.session.SessionEnd;
import org.oa.security.twofactor.PhoneNumber;
import org.oa.security.twofactor.PhoneNumberChange;
import org.oa.security.twofactor.SecondFactorOutcome;
import org.oa.web.application.UserNote;
import org.oa.web.application.signin.SecondFactor;
import org.oa.web.application.signin.WebSessions;

/**
 * What a signed-in user manages about their own account: password, authenticator app, recovery codes, the mobile
 * number for texted sign-in codes, security questions (an extra factor of the password reset; answers are never
 * shown back).
 */
@ApplicationScoped
public class AccountSecurity {

    @Inject
    OaSecurity security;

    @Inject
    WebSessions sessions;

    /**
     * Changes the password; returns the problems to show, empty when changed. The account's other signed-in
     * sessions end; {@code thisSession} stays.
     */
    public List<String> changePassword(String accountId, String thisSession, char[] current, char[] next) {
        try {
            PasswordChange change = security.passwords().change(AccountId.parse(accountId), current, next);
            if (change instanceof PasswordChange.Rejected rejected) {
                return rejected.violations().stream().map(PasswordViolation::explanation).toList();
            }
            sessions.endOthers(accountId, thisSession, SessionEnd.PASSWORD_CHANGED);
            return List.of();
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(next, '\0');
        }
    }

    /** Removes the authenticator app and its recovery codes. */
    public boolean removeAuthenticator(String accountId) {
        return security.twoFactor().disableTotp(AccountId.parse(accountId));
    }

    /** The devices that skip the second factor for this account (not expired, not revoked), newest first. */
    public List<RememberedDevice> devices(String accountId) {
        return security.rememberedDevices().list(AccountId.parse(accountId));
    }

    /** Forgets one remembered device of this account; the next sign-in there asks for the code again. */
    public boolean revokeDevice(String accountId, UUID device) {
        return security.rememberedDevices().revoke(AccountId.parse(accountId), device);
    }

    /** Issues new recovery codes (the old ones stop working); shown once. */
    public List<String> newRecoveryCodes(String accountId) {
        return security.twoFactor().regenerateRecoveryCodes(AccountId.parse(accountId));
    }

    /** The questions an account may choose from, in display order. */
    public List<SecurityQuestion> questionCatalogue() {
        return security.securityQuestions().catalogue();
    }

    /** The questions this account chose (never the answers); empty when none. */
    public List<SecurityQuestion> chosenQuestions(String accountId) {
        return security.securityQuestions().questionsOf(AccountId.parse(accountId));
    }

    /** Sets or replaces the account's security questions; returns the problems to show, empty when saved. */
    public List<String> setQuestions(String accountId, List<ChosenAnswer> answers) {
        QuestionsChange change = security.securityQuestions().set(AccountId.parse(accountId), answers);
        if (change instanceof QuestionsChange.Rejected rejected) {
            return rejected.problems();
        }
        return List.of();
    }

    /** Removes the account's security questions; a password reset then needs only the e-mailed link again. */
    public boolean removeQuestions(String accountId) {
        return security.securityQuestions().remove(AccountId.parse(accountId));
    }

    /**
     * The account's mobile numbers as shown on the page ({@code •••• •••0123}).
     *
     * @param confirmed the number sign-in codes are texted to, or null
     * @param pending   the number waiting for its confirmation code, or null
     */
    public record Phone(String confirmed, String pending) {
    }

    /** The confirmed and the pending mobile number, masked. */
    public Phone phone(String accountId) {
        AccountId id = AccountId.parse(accountId);
        return new Phone(security.phoneNumbers().confirmed(id).map(PhoneNumber::masked).orElse(null),
                security.phoneNumbers().pending(id).map(PhoneNumber::masked).orElse(null));
    }

    /** Texts a confirmation code to a newly typed number; says where it went or what is wrong with the number. */
    public UserNote changePhone(String accountId, String typed) {
        return explain(security.phoneNumbers().change(AccountId.parse(accountId), typed));
    }

    /** Texts a new confirmation code to the number waiting for one. */
    public UserNote resendPhoneCode(String accountId) {
        return explain(security.phoneNumbers().resendConfirmation(AccountId.parse(accountId)));
    }

    /** Confirms the waiting number with the texted code; from then on sign-in codes can be texted to it. */
    public UserNote confirmPhone(String accountId, String typed) {
        String code = typed == null ? "" : typed.replace(" ", "").strip();
        SecondFactorOutcome outcome = security.phoneNumbers().confirm(AccountId.parse(accountId), code);
        if (outcome instanceof SecondFactorOutcome.Refused refused) {
            return UserNote.problem(switch (refused.reason()) {
                case WRONG_CODE -> "That code is not right. Type the newest code we texted to the new number.";
                case EXPIRED -> "That code has expired. Send the code again.";
                case NO_CODE_PENDING -> "No number is waiting for a code. Type the number again.";
                default -> SecondFactor.explain(refused.reason());
            });
        }
        return UserNote.info("Your mobile number is confirmed. When you sign in, you can ask for a code by text"
                + " message.");
    }

    /** Removes the confirmed and any waiting number. */
    public boolean removePhone(String accountId) {
        return security.phoneNumbers().remove(AccountId.parse(accountId));
    }

    private static UserNote explain(PhoneNumberChange change) {
        if (change instanceof PhoneNumberChange.CodeSent sent) {
            return UserNote.info("Code sent to " + sent.pending().masked() + " by text message. Type it below to"
                    + " confirm the number; it works for 10 minutes, and texts can take a minute to arrive. Nothing"
                    + " after a few minutes? Check the number and send the code again.");
        }
        if (change instanceof PhoneNumberChange.Throttled throttled) {
            long seconds = Math.max(1, java.time.Duration.between(java.time.Instant.now(), throttled.retryAfter())
                    .toSeconds());
            return UserNote.problem("A code was texted a moment ago. You can send another in " + seconds
                    + " seconds.");
        }
        if (change instanceof PhoneNumberChange.Rejected rejected) {
            return UserNote.problem(rejected.problem().message());
        }
        if (change instanceof PhoneNumberChange.NotDelivered) {
            return UserNote.problem("The code could not be sent. Please try again in a moment.");
        }
        return UserNote.problem("No number is waiting for a code. Type the number again.");
    }
}
