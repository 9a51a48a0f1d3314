package org.oa.web.application.signin;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.security.OaSecurity;
import org.oa.security.account.AccountId;
import org.oa.security.account.AccountView;
import org.oa.security.account.Portal;
import org.oa.security.account.Role;
import org.oa.security.audit.AuditAction;
import org.oa.security.audit.AuditEvent;
import org.oa.security.login.LoginOutcome;
import org.oa.web.application.Repositories;

/**
 * Signing in and out of a portal, over OA security (lockout, hashing, portal roles, audit) and OA core (the
 * practice's name). Every refusal looks the same to the caller.
 */
@ApplicationScoped
public class SignIn {

    @Inject
    OaSecurity security;

    @Inject
    Repositories repositories;

    /**
     * What an accepted password yields.
     *
     * @param account      the account, without credentials
     * @param roles        the account's roles that open this portal, in a stable order, never empty
     * @param practiceName the practice's name, or null for a patient
     */
    public record PasswordAccepted(AccountView account, List<Role> roles, String practiceName) {
    }

    /**
     * Checks a password for a portal. Empty when the username, the password or the portal is wrong, or the
     * account is locked; the page then shows {@link LoginOutcome#REFUSAL_MESSAGE}.
     */
    public Optional<PasswordAccepted> checkPassword(Portal portal, String username, char[] password) {
        LoginOutcome outcome = security.login().authenticate(portal, username, password);
        if (!(outcome instanceof LoginOutcome.Success success)) {
            return Optional.empty();
        }
        List<Role> roles = success.rolesInPortal().stream().sorted().toList();
        return Optional.of(new PasswordAccepted(success.account(), roles,
                practiceName(success.account().practiceId()).orElse(null)));
    }

    /**
     * Whether the account's practice requires a second factor in every portal, not only in EHR 24/7. Patients
     * belong to no practice: for them this is always false, and their own enrolment decides.
     */
    public boolean practiceRequiresSecondFactor(AccountView account) {
        return security.practices().secondFactorRequired(account.practiceId());
    }

    /** The account's e-mail address, for telling the user where a code went. */
    public String email(String accountId) {
        return security.accounts().find(AccountId.parse(accountId)).map(AccountView::email).orElse("");
    }

    /** Records that the user chose one of several roles. */
    public void roleChosen(String accountId, Portal portal, Role role) {
        audit(AuditAction.ROLE_CHOSEN, accountId, portal, role.name());
    }

    /** Records a sign-out the user asked for. */
    public void signedOut(String accountId, Portal portal) {
        audit(AuditAction.SIGNED_OUT, accountId, portal, "signed out");
    }

    /** Records a session that ended without sign-out: idle timeout or the absolute limit. */
    public void timedOut(String accountId, Portal portal, String why) {
        audit(AuditAction.SIGNED_OUT, accountId, portal, why);
    }

    /** The user confirmed a second factor again before opening a step-up page. */
    public void steppedUp(String accountId, Portal portal, String page) {
        audit(AuditAction.STEP_UP_CONFIRMED, accountId, portal, page);
    }

    private void audit(AuditAction action, String accountId, Portal portal, String detail) {
        security.audit().record(new AuditEvent(action, AccountId.parse(accountId), portal, detail));
    }

    private Optional<String> practiceName(UUID practiceId) {
        if (practiceId == null) {
            return Optional.empty();
        }
        return repositories.practices().find(new PracticeId(practiceId)).map(Practice::name);
    }
}
