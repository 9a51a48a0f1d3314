package org.oa.web.interfaces.portal.account;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.oa.security.questions.ChosenAnswer;
import org.oa.security.questions.SecurityQuestion;
import org.oa.security.recovery.RememberedDevice;
import org.oa.web.application.account.AccountSecurity;
import org.oa.web.application.signin.SecondFactor;
import org.oa.web.application.account.SecurityNotices;
import org.oa.web.application.account.SecurityNotices.FactorChange;
import org.oa.web.application.UserNote;
import org.oa.web.interfaces.portal.frame.AnswerBoxes;
import org.oa.web.interfaces.portal.frame.PortalPage;
import org.oa.web.interfaces.portal.frame.PortalSite;
import org.oa.web.interfaces.portal.frame.SessionAudit;
import org.oa.web.interfaces.portal.frame.SignedInUser;
import org.oa.web.interfaces.portal.frame.StepUp;
import org.oa.web.interfaces.portal.signin.EnrolAuthenticatorPage;

/**
 * Backs "Account security" in every portal: change password, set up or remove the authenticator app, new
 * recovery codes, add, confirm or remove the mobile number for texted sign-in codes, set or remove security
 * questions (answers are never shown back). Acts only on the signed-in user's own account. Every action that
 * changes how the account signs in needs a fresh step-up ({@link StepUp}): without one it goes to the confirm page,
 * which comes back here; so a password and an open session alone cannot swap the owner's factors. The owner is
 * told by e-mail of every factor change.
 */
@PortalPage
@Named("securityPage")
@RequestScoped
public class SecurityPage {

    /** Session attribute holding an enrolment started from this page. */
    static final String ENROLMENT_KEY = "oa.securityPage.enrolment";

    @Inject
    AccountSecurity accountSecurity;

    @Inject
    SecondFactor secondFactor;

    @Inject
    SecurityNotices notices;

    private String currentPassword;
    private String newPassword;
    private String confirmation;
    private String code;
    private String phone;
    private String phoneCode;
    private AccountSecurity.Phone phoneState;
    private List<String> recoveryCodes = List.of();
    private final String[] questionIds = new String[3];
    private final AnswerBoxes answers = new AnswerBoxes();

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** Recovery codes just issued, shown once. */
    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public boolean isAuthenticatorEnrolled() {
        return secondFactor.enrolled(user().accountId());
    }

    /** The enrolment in progress, or null. */
    public EnrolAuthenticatorPage.Shown getEnrolment() {
        return (EnrolAuthenticatorPage.Shown) FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .get(ENROLMENT_KEY);
    }

    public void changePassword() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (newPassword == null || !newPassword.equals(confirmation)) {
            error("The two new passwords are not the same. Type them again.");
            return;
        }
        jakarta.servlet.http.HttpSession session = (jakarta.servlet.http.HttpSession) faces.getExternalContext()
                .getSession(false);
        List<String> problems = accountSecurity.changePassword(user().accountId(), SessionAudit.key(session),
                currentPassword == null ? new char[0] : currentPassword.toCharArray(), newPassword.toCharArray());
        currentPassword = null;
        newPassword = null;
        confirmation = null;
        if (problems.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Your password was changed.", null));
        } else {
            problems.forEach(this::error);
        }
    }

    public void startEnrolment() {
        if (!steppedUp()) {
            return;
        }
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().put(ENROLMENT_KEY,
                EnrolAuthenticatorPage.Shown.of(secondFactor.startEnrolmentAfterStepUp(user().accountId())));
    }

    public void confirmEnrolment() {
        if (!steppedUp()) {
            return;
        }
        boolean replacing = secondFactor.enrolled(user().accountId());
        SecondFactor.Result result = secondFactor.confirmEnrolment(user().accountId(), code);
        code = null;
        if (result.problem() != null) {
            error(result.problem());
            return;
        }
        FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove(ENROLMENT_KEY);
        recoveryCodes = result.recoveryCodes();
        notices.factorChanged(user().accountId(),
                replacing ? FactorChange.AUTHENTICATOR_REPLACED : FactorChange.AUTHENTICATOR_SET_UP);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPhoneCode() {
        return phoneCode;
    }

    public void setPhoneCode(String phoneCode) {
        this.phoneCode = phoneCode;
    }

    /** The confirmed mobile number, masked, or null. */
    public String getConfirmedPhone() {
        return phoneState().confirmed();
    }

    /** The mobile number waiting for its confirmation code, masked, or null. */
    public String getPendingPhone() {
        return phoneState().pending();
    }

    private AccountSecurity.Phone phoneState() {
        if (phoneState == null) {
            phoneState = accountSecurity.phone(user().accountId());
        }
        return phoneState;
    }

    /** Texts a confirmation code to the typed number. */
    public void addPhone() {
        if (!steppedUp()) {
            return;
        }
        UserNote note = accountSecurity.changePhone(user().accountId(), phone);
        if (!note.problem()) {
            phone = null;
        }
        show(note);
    }

    public void resendPhoneCode() {
        if (!steppedUp()) {
            return;
        }
        show(accountSecurity.resendPhoneCode(user().accountId()));
    }

    public void confirmPhone() {
        if (!steppedUp()) {
            return;
        }
        UserNote note = accountSecurity.confirmPhone(user().accountId(), phoneCode);
        phoneCode = null;
        show(note);
        if (!note.problem()) {
            notices.factorChanged(user().accountId(), FactorChange.PHONE_CONFIRMED);
        }
    }

    public void removePhone() {
        if (!steppedUp()) {
            return;
        }
        boolean removed = accountSecurity.removePhone(user().accountId());
        phoneState = null;
        if (removed) {
            notices.factorChanged(user().accountId(), FactorChange.PHONE_REMOVED);
        }
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, removed
                ? "Your mobile number was removed. Sign-in codes are no longer texted to it." : "No mobile number was"
                        + " set up.", null));
    }

    private void show(UserNote note) {
        phoneState = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(note.problem()
                ? FacesMessage.SEVERITY_ERROR : FacesMessage.SEVERITY_INFO, note.text(), null));
    }

    public void removeAuthenticator() {
        if (!steppedUp()) {
            return;
        }
        if (accountSecurity.removeAuthenticator(user().accountId())) {
            notices.factorChanged(user().accountId(), FactorChange.AUTHENTICATOR_REMOVED);
        }
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "The authenticator app was removed." + (user().portal() == PortalSite.EHR
                        ? " EHR 24/7 will ask you to set one up at your next sign-in." : ""), null));
    }

    public List<RememberedDevice> getDevices() {
        return accountSecurity.devices(user().accountId());
    }

    public void revokeDevice(String id) {
        accountSecurity.revokeDevice(user().accountId(), java.util.UUID.fromString(id));
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "That device will be asked for a code at its next sign-in.", null));
    }

    public void newRecoveryCodes() {
        if (!steppedUp()) {
            return;
        }
        recoveryCodes = accountSecurity.newRecoveryCodes(user().accountId());
    }

    /** The questions one may choose from. */
    public List<SecurityQuestion> getQuestionCatalogue() {
        return accountSecurity.questionCatalogue();
    }

    /** The questions this account chose (never the answers). */
    public List<SecurityQuestion> getChosenQuestions() {
        return accountSecurity.chosenQuestions(user().accountId());
    }

    public String getQuestion0() {
        return questionIds[0];
    }

    public void setQuestion0(String id) {
        questionIds[0] = id;
    }

    public String getQuestion1() {
        return questionIds[1];
    }

    public void setQuestion1(String id) {
        questionIds[1] = id;
    }

    public String getQuestion2() {
        return questionIds[2];
    }

    public void setQuestion2(String id) {
        questionIds[2] = id;
    }

    /** The answer boxes (write-only). */
    public AnswerBoxes getAnswers() {
        return answers;
    }

    /** Sets or replaces the security questions from the 2 or 3 filled rows. */
    public void setQuestions() {
        if (!steppedUp()) {
            return;
        }
        List<ChosenAnswer> chosen = new java.util.ArrayList<>();
        String[] typed = answers.take();
        for (int i = 0; i < questionIds.length; i++) {
            boolean noQuestion = questionIds[i] == null || questionIds[i].isBlank();
            boolean noAnswer = typed[i] == null || typed[i].isBlank();
            if (!noQuestion || !noAnswer) {
                chosen.add(new ChosenAnswer(noQuestion ? "" : questionIds[i], noAnswer ? "" : typed[i]));
            }
        }
        List<String> problems = accountSecurity.setQuestions(user().accountId(), chosen);
        if (problems.isEmpty()) {
            java.util.Arrays.fill(questionIds, null);
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "Your security questions were saved. A password reset will ask them as well as sending the"
                            + " e-mail link.", null));
        } else {
            problems.forEach(this::error);
        }
    }

    public void removeQuestions() {
        if (!steppedUp()) {
            return;
        }
        accountSecurity.removeQuestions(user().accountId());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                "Your security questions were removed.", null));
    }

    /** Whether the user gave a second factor on the confirm page within the step-up window. */
    public boolean isSteppedUp() {
        FacesContext faces = FacesContext.getCurrentInstance();
        jakarta.servlet.http.HttpSession session = (jakarta.servlet.http.HttpSession) faces.getExternalContext()
                .getSession(false);
        return session != null && StepUp.fresh(session, java.time.Instant.now());
    }

    /**
     * True when a change of sign-in settings may go ahead; otherwise sends the user to the confirm page, which
     * comes back here, and the change is not made.
     */
    private boolean steppedUp() {
        if (isSteppedUp()) {
            return true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        SignedInUser user = user();
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + user.portal().page(StepUp.CONFIRM_PAGE) + "?next=" + StepUp.ACCOUNT_SECURITY_PAGE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
        return false;
    }

    private void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    private static SignedInUser user() {
        return SignedInUser.current();
    }
}
