package org.oa.web.interfaces.portal;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Backs each portal's dashboard: who is signed in, and signing out. */
@Named("dashboard")
@RequestScoped
public class Dashboard {

    /** The user signed in to this session's portal; the access filter guarantees there is one. */
    public SignedInUser getUser() {
        return (SignedInUser) FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .get(SignedInUser.SESSION_KEY);
    }

    /** Ends the session and returns to this portal's login page. */
    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        SignedInUser user = getUser();
        external.invalidateSession();
        String login = user == null ? "/" : user.portal().loginPage() + "?reason=signed-out";
        external.redirect(external.getRequestContextPath() + login);
    }
}
