package org.oa.web.interfaces.portal;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.oa.web.application.SecondFactor;

/** Backs the second-factor step: a code from the authenticator app, or a recovery code. */
@Named("secondFactorPage")
@RequestScoped
public class SecondFactorPage {

    @Inject
    SecondFactor secondFactor;

    @Inject
    SessionSettings sessionSettings;

    private String code;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Checks the code; on success continues the sign-in. */
    public void verify() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        PendingSignIn pending = pending(external);
        if (pending == null) {
            external.redirect(external.getRequestContextPath() + "/");
            return;
        }
        Optional<String> problem = secondFactor.verify(pending.accountId(), code);
        code = null;
        if (problem.isPresent()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.get(), null));
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        PendingSignIn next = SignInSteps.secondFactorPassed(request, pending);
        external.redirect(external.getRequestContextPath() + SignInSteps.advance(request, next, true, sessionSettings));
    }

    static PendingSignIn pending(ExternalContext external) {
        return (PendingSignIn) external.getSessionMap().get(PendingSignIn.SESSION_KEY);
    }
}
