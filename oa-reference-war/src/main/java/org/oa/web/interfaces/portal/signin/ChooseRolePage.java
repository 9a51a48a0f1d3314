package org.oa.web.interfaces.portal.signin;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.oa.security.account.Role;
import org.oa.web.application.signin.RoleNames;
import org.oa.web.application.signin.SignIn;
import org.oa.web.interfaces.portal.frame.PendingSignIn;
import org.oa.web.interfaces.portal.frame.SessionSettings;
import org.oa.web.interfaces.portal.frame.SignInSteps;

/**
 * Backs the role choice after login, for accounts with several roles in a portal. The server re-checks that the
 * chosen role is one the account holds here; the choice is audited and issues a new session ID.
 */
@Named("chooseRole")
@RequestScoped
public class ChooseRolePage {

    @Inject
    SignIn signIn;

    @Inject
    SessionSettings sessionSettings;

    /** A role the user can choose. */
    public record Choice(String name, String label) {
    }

    public List<Choice> getChoices() {
        PendingSignIn pending = PendingSignIn.current();
        return pending == null ? List.of()
                : pending.roles().stream().map(r -> new Choice(r.name(), RoleNames.of(r))).toList();
    }

    public String getDisplayName() {
        PendingSignIn pending = PendingSignIn.current();
        return pending == null ? "" : pending.displayName();
    }

    /** Finishes signing in as the chosen role. */
    public void choose(String choice) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        PendingSignIn pending = PendingSignIn.current();
        Role role = pending == null ? null
                : pending.roles().stream().filter(r -> r.name().equals(choice)).findFirst().orElse(null);
        if (role == null) {
            // A stale page or a forged value: start again at the portal's login.
            String login = pending == null ? "/" : pending.portal().loginPage();
            external.redirect(external.getRequestContextPath() + login);
            return;
        }
        SignInSteps.complete((HttpServletRequest) external.getRequest(), pending, role, sessionSettings);
        signIn.roleChosen(pending.accountId(), pending.portal().portal(), role);
        external.redirect(external.getRequestContextPath() + pending.portal().dashboardPage());
    }
}
