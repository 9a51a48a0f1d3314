package org.oa.web.interfaces.portal;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.web.application.PasswordReset;

/** Backs the "forgot password" and "choose a new password" pages of every portal. */
@Named("passwordReset")
@RequestScoped
public class PasswordResetPages {

    @Inject
    PasswordReset passwordReset;

    private String username;
    private String email;
    private String token;
    private String password;
    private String confirmation;
    private boolean requested;
    private boolean changed;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /** Sends the usernames of this address to it; the page says the same either way. */
    public void remindUsername() {
        passwordReset.remindUsername(getSite().path(), email);
        requested = true;
    }

    /** The token from the form, or on first view from the link's {@code token} parameter. */
    public String getToken() {
        if (token == null) {
            token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        }
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public boolean isRequested() {
        return requested;
    }

    public boolean isChanged() {
        return changed;
    }

    public PortalSite getSite() {
        String viewId = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return PortalSite.containing(viewId).orElseThrow();
    }

    /** Sends the link when the account exists; the page says the same either way. */
    public void request() {
        passwordReset.request(getSite().path(), username);
        requested = true;
    }

    /** Sets the new password from the link's token. */
    public void complete() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (password == null || !password.equals(confirmation)) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "The two passwords are not the same. Type them again.", null));
            return;
        }
        char[] typed = password.toCharArray();
        password = null;
        confirmation = null;
        List<String> problems;
        try {
            problems = passwordReset.complete(getToken(), typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
        problems.forEach(p -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, p, null)));
        changed = problems.isEmpty();
    }
}
