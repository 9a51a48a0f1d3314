package org.oa.web.application;

import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.oa.core.persistence.CorePersistence;
import org.oa.core.practice.Practice;
import org.oa.core.practice.PracticeId;
import org.oa.security.OaSecurity;
import org.oa.security.account.Role;
import org.oa.security.login.LoginOutcome;
import org.oa.web.interfaces.portal.PortalSite;
import org.oa.web.interfaces.portal.SignedInUser;

/**
 * Signs a person in to one portal: checks the password through OA security (lockout, hashing, portal roles) and
 * describes the signed-in user for the dashboard. Every refusal looks the same to the caller.
 */
@ApplicationScoped
public class SignIn {

    @Inject
    OaSecurity security;

    @PersistenceContext(unitName = "oa")
    EntityManager entityManager;

    /**
     * Returns the signed-in user, or empty when the username, the password or the portal is wrong (the
     * page then shows {@link LoginOutcome#REFUSAL_MESSAGE}).
     */
    public Optional<SignedInUser> signIn(PortalSite site, String username, char[] password) {
        LoginOutcome outcome = security.login().authenticate(site.portal(), username, password);
        if (!(outcome instanceof LoginOutcome.Success success)) {
            return Optional.empty();
        }
        var account = success.account();
        Role role = success.rolesInPortal().stream().min(Comparator.naturalOrder()).orElseThrow();
        String practiceName = practiceName(account.practiceId()).orElse(null);
        return Optional.of(new SignedInUser(site, account.id().toString(), account.username(),
                account.displayName(), practiceName, RoleNames.of(role)));
    }

    private Optional<String> practiceName(UUID practiceId) {
        if (practiceId == null) {
            return Optional.empty();
        }
        return CorePersistence.practices(entityManager).find(new PracticeId(practiceId)).map(Practice::name);
    }
}
