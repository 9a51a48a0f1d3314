package org.oa.web.interfaces.portal.signin;

import java.io.Serializable;
import java.util.Base64;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.oa.security.twofactor.TotpEnrollment;
import org.oa.web.application.signin.SecondFactor;
import org.oa.web.application.account.SecurityNotices;
import org.oa.web.interfaces.portal.frame.PendingSignIn;
import org.oa.web.interfaces.portal.frame.SignInSteps;

/**
 * Backs setting up an authenticator app during sign-in: shows the QR code and the secret for typing in, confirms
 * with the first code, then shows the recovery codes once. Offered only while {@link PendingSignIn#mayEnrolApp()}:
 * to an account with no factor at all, or (EHR 24/7 requires an app) after the account gave its mobile-number
 * code. The owner is told by e-mail.
 */
@Named("enrolPage")
@RequestScoped
public class EnrolAuthenticatorPage {

    /** Session attribute holding the enrolment in progress, so reloading the page keeps the same secret. */
    static final String SESSION_KEY = "oa.totpEnrolment";

    @Inject
    SecondFactor secondFactor;

    @Inject
    SecurityNotices notices;

    /** Told when the sign-in is not at a step that may set up an app. */
    static final String NOT_NOW = "An authenticator app cannot be set up at this point. Please sign in again.";

    private String code;
    private List<String> recoveryCodes = List.of();

    /** The enrolment shown on the page; the QR code travels as a data URI. */
    public record Shown(String secret, String otpauthUri, String qrDataUri) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** What the library issued, ready for the page (the QR code as a data URI). */
        public static Shown of(TotpEnrollment enrollment) {
            return new Shown(enrollment.secretBase32(), enrollment.otpauthUri(),
                    "data:image/png;base64," + Base64.getEncoder().encodeToString(enrollment.qrPng()));
        }

        @Override
        public String toString() {
            return "Shown[secret hidden]";
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Recovery codes after a confirmed enrolment, shown once. */
    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public boolean isConfirmed() {
        return !recoveryCodes.isEmpty();
    }

    /** The enrolment in progress, started on first view. */
    public Shown getEnrolment() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        PendingSignIn pending = PendingSignIn.current();
        if (pending == null || !pending.mayEnrolApp()) {
            return null;
        }
        Shown shown = (Shown) external.getSessionMap().get(SESSION_KEY);
        if (shown == null) {
            shown = Shown.of(secondFactor.startFirstEnrolment(pending.accountId()));
            external.getSessionMap().put(SESSION_KEY, shown);
        }
        return shown;
    }

    /** Confirms the app with its first code. */
    public void confirm() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        PendingSignIn pending = PendingSignIn.current();
        if (pending == null || !pending.mayEnrolApp()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, NOT_NOW, null));
            return;
        }
        SecondFactor.Result result = secondFactor.confirmEnrolment(pending.accountId(), code);
        code = null;
        if (result.problem() != null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, result.problem(), null));
            return;
        }
        external.getSessionMap().remove(SESSION_KEY);
        recoveryCodes = result.recoveryCodes();
        SignInSteps.appEnrolled((HttpServletRequest) external.getRequest(), pending);
        notices.factorChanged(pending.accountId(), SecurityNotices.FactorChange.AUTHENTICATOR_SET_UP);
    }
}
