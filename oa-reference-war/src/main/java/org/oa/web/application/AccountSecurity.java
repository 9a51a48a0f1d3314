package org.oa.web.application;

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

/**
 * What a signed-in user manages about their own account: password, authenticator app, recovery codes, security
 * questions (an extra factor of the password reset; answers are never shown back).
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
}
