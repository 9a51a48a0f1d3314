package org.oa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.oa.web.pages.AdministrationPage;
import org.oa.web.pages.ChooseRolePage;
import org.oa.web.pages.DashboardPage;
import org.oa.web.pages.EnrolAuthenticatorPage;
import org.oa.web.pages.ForgotPasswordPage;
import org.oa.web.pages.LandingPage;
import org.oa.web.pages.ForgotUsernamePage;
import org.oa.web.pages.LoginPage;
import org.oa.web.pages.ResetPasswordPage;
import org.oa.web.pages.SecondFactorPage;
import org.oa.web.pages.SecurityPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Signing in, in every portal and in the browser: the demo accounts and their portals, refusals that all read the
 * same, second factors (authenticator app, recovery codes, e-mailed and texted codes), role choice, the idle-session
 * warning, forgotten usernames and passwords, sessions and password changes, lockout. Runs after the other classes
 * of {@link ReferenceDeploymentIT}, and its last three tests last of all: they change demo.biller's and
 * demo.patient's passwords and lock demo.frontdesk.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class SignInJourneys extends BrowserJourney {

    private static final String REFUSAL = "The username or password is incorrect for this portal.";

    @Test
    void eachDemoAccountSignsInToItsOwnPortalAndSignsOut() throws Exception {
        record Expected(String portal, String username, String name, String role, String practice) {
        }
        List<Expected> accounts = List.of(
                new Expected("service-center", "demo.biller", "Morgan Biller", "Biller", "Sunrise Family Medicine"),
                new Expected("practice-mate", "demo.frontdesk", "Jordan Frontdesk", "Front desk",
                        "Sunrise Family Medicine"),
                new Expected("patient", "demo.patient", "Casey Patient", "Patient", "none (patient account)"),
                new Expected("practice-mate", "demo.admin", "Riley Admin", "Practice administrator",
                        "Sunrise Family Medicine"));
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        for (Expected account : accounts) {
            driver.get(url(account.portal() + "/"));
            LoginPage login = LoginPage.current(driver);
            assertThat(login.address()).endsWith("/oa/" + account.portal() + "/login.xhtml");
            login.screenshot(account.portal() + "-login");
            DashboardPage dashboard = login.signIn(account.username(), PASSWORD);

            assertThat(dashboard.address()).endsWith("/oa/" + account.portal() + "/index.xhtml");
            assertThat(dashboard.userName()).isEqualTo(account.name());
            assertThat(dashboard.userRole()).isEqualTo(account.role());
            assertThat(dashboard.userPractice()).isEqualTo(account.practice());
            assertThat(dashboard.menu()).as("the portal's own menu").contains("Dashboard", "Account security");
            assertThat(dashboard.frameUser()).contains(account.name());
            if (!account.username().equals("demo.admin")) { // the admin's portal already has its picture
                dashboard.screenshot(account.portal());
                // Tablet and phone widths: the dashboard, its menu and sign-out fit without sideways scrolling.
                for (int width : new int[] {768, 390}) {
                    assertThat(dashboard.sidewaysScrollAt(width))
                            .as(account.portal() + " at " + width + " px scrolls sideways by").isZero();
                    assertThat(dashboard.signOutIsVisible()).isTrue();
                    dashboard.screenshot(account.portal() + "-" + width);
                }
                dashboard.restoreDesktopWidth();
            }

            assertThat(dashboard.signOut().notice()).contains("You have signed out.");
            driver.get(url(account.portal() + "/index.xhtml"));
            assertThat(driver.getCurrentUrl()).as("after sign-out the dashboard is closed")
                    .endsWith("/oa/" + account.portal() + "/login.xhtml");
        }
        LandingPage.open(driver).screenshot("landing");
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
                .as("the content security policy blocked nothing and no script failed")
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Uncaught"));
    }

    @Test
    void wrongPortalWrongPasswordAndUnknownUserAreRefusedAlike() throws Exception {
        List<String[]> attempts = List.of(
                new String[] {"ehr", "demo.biller", PASSWORD},                 // valid credentials, wrong portal
                new String[] {"patient", "demo.clinician", PASSWORD},          // valid credentials, wrong portal
                new String[] {"service-center", "demo.biller", PASSWORD + "x"}, // wrong password
                new String[] {"service-center", "demo.biller", PASSWORD.toUpperCase()}, // case matters
                new String[] {"service-center", "no.such.user", PASSWORD});    // unknown user
        Set<String> pagesSeen = new HashSet<>();
        for (String[] attempt : attempts) {
            LoginPage refused = freshLogin(attempt[0]).signInRefused(attempt[1], attempt[2]);
            assertThat(refused.error()).isEqualTo(REFUSAL);
            assertThat(refused.address()).contains("/oa/" + attempt[0] + "/login.xhtml");
            assertThat(refused.has("user-name")).isFalse();
            pagesSeen.add(refused.messages());
        }
        assertThat(pagesSeen).as("every refusal reads the same").hasSize(1);
    }

    @Test
    void loginPageWarnsAboutLeadingOrTrailingSpaces() throws Exception {
        LoginPage login = freshLogin("service-center");
        assertThat(login.warnsOfSpacesInThePassword()).isFalse();
        login.typePassword("secret ");
        assertThat(login.warnsOfSpacesInThePassword()).isTrue();
        login.typeUsername(" demo.biller");
        assertThat(login.warnsOfSpacesInTheUsername()).isTrue();
    }

    @Test
    void clinicianSignsInToEhrWithAnAuthenticatorCodeReEnrolsAndFallsBackToRecoveryAndEmailCodes() throws Exception {
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("ehr/"));
        SecondFactorPage secondFactor = LoginPage.current(driver).signInToSecondFactor("demo.clinician", PASSWORD);
        assertThat(secondFactor.address()).as("EHR 24/7 asks for the second factor")
                .endsWith("/oa/ehr/second-factor.xhtml");
        assertThat(secondFactor.codeAutocomplete()).isEqualTo("one-time-code");
        assertThat(secondFactor.offersToRememberTheDevice()).as("EHR never skips the code").isFalse();
        // Attack: with the password alone, open the enrol page to swap in an app of one's own.
        driver.get(url("ehr/enrol-authenticator.xhtml"));
        assertThat(secondFactor.has("totp-secret")).as("no new secret for a password alone").isFalse();
        assertThat(driver.getCurrentUrl()).doesNotContain("enrol-authenticator");
        driver.get(url("ehr/index.xhtml"));
        assertThat(driver.getCurrentUrl()).as("no dashboard before the second factor")
                .endsWith("/oa/ehr/login.xhtml");
        secondFactor = LoginPage.current(driver).signInToSecondFactor("demo.clinician", PASSWORD);
        secondFactor.screenshot("ehr-second-factor");
        // Debian's oathtool plays the authenticator app holding the demo secret.
        secondFactor.enterCode(Oathtool.totp(TOTP_SECRET));
        DashboardPage dashboard = secondFactor.verify();
        assertThat(dashboard.userName()).isEqualTo("Dr. Avery Stone");
        assertThat(dashboard.userRole()).isEqualTo("Clinician");
        dashboard.screenshot("ehr");

        // Lost phone: remove the app (after confirming it is you); EHR 24/7 then makes the next sign-in enrol one.
        SecurityPage security = dashboard.openAccountSecurity().awaiting("removeAuthenticator");
        security.removeAuthenticator();
        security = confirmItIsYouByEmail("ehr");
        assertThat(security.offersToRemoveTheAuthenticator()).as("not removed before the code").isTrue();
        int mailsBeforeRemoval = Mailbox.count();
        security.removeAuthenticator();
        assertThat(security.info()).contains("set one up at your next sign-in");
        assertThat(Mailbox.body(Mailbox.after(mailsBeforeRemoval, "A sign-in setting of your OA account changed")))
                .as("the owner hears of it").contains("authenticator app was removed");
        EnrolAuthenticatorPage enrol = security.signOutFromTheDashboard()
                .signInToEnrolment("demo.clinician", PASSWORD);
        assertThat(enrol.address()).endsWith("/oa/ehr/enrol-authenticator.xhtml");
        assertThat(enrol.qrCodeSource()).startsWith("data:image/png;base64,");
        String secret = enrol.secret();
        assertThat(secret).isNotEqualTo(TOTP_SECRET);

        enrol.confirmRefused("000000");
        int mailsBeforeEnrolment = Mailbox.count();
        List<String> recoveryCodes = enrol.confirm(Oathtool.totp(secret)).recoveryCodes();
        assertThat(recoveryCodes).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
        assertThat(Mailbox.body(Mailbox.after(mailsBeforeEnrolment, "A sign-in setting of your OA account changed")))
                .contains("authenticator app was set up");
        dashboard = enrol.proceed();
        assertThat(dashboard.userName()).isEqualTo("Dr. Avery Stone");
        assertThat(dashboard.userRole()).isEqualTo("Clinician");
        dashboard.screenshot("ehr");
        dashboard.signOut();

        // Next sign-in: the second-factor page; the same time step is spent, so use a recovery code.
        secondFactor = LoginPage.open(driver, "ehr").signInToSecondFactor("demo.clinician", PASSWORD);
        assertThat(secondFactor.address()).endsWith("/oa/ehr/second-factor.xhtml");
        secondFactor.enterCode(recoveryCodes.get(0));
        secondFactor.verify().signOut();

        // A recovery code works once.
        secondFactor = LoginPage.open(driver, "ehr").signInToSecondFactor("demo.clinician", PASSWORD);
        secondFactor.enterCode(recoveryCodes.get(0));
        assertThat(secondFactor.verifyRefused().has("user-name")).isFalse();

        // No phone at hand: a code by e-mail.
        int mailsBeforeCode = Mailbox.count();
        assertThat(secondFactor.emailMeACode().info()).contains("We sent a code to d***@sunrise.example", "spam");
        secondFactor.enterCode(Mailbox.codeAfter(mailsBeforeCode));
        dashboard = secondFactor.verify();
        assertThat(dashboard.userName()).isEqualTo("Dr. Avery Stone");
        dashboard.signOut();
    }

    /**
     * Sign-in codes by text message, end to end. The container tests configure no SMS gateway, so texts land in the
     * demo outbox that demo.admin reads on the Administration page. demo.patient adds a synthetic number, confirms it
     * with the texted code, signs in with a texted code, and removes the number again (as the later tests expect).
     */
    @Test
    void patientConfirmsAMobileNumberByTextAndThenSignsInWithATextedCode() throws Exception {
        String masked = "\u2022\u2022\u2022\u2022 \u2022\u2022\u20220123";
        SecurityPage security = signedIn("patient", "demo.patient").openAccountSecurity().awaiting("addPhone");
        assertThat(security.phoneStatus()).contains("No mobile number");

        security.addPhone("+1 (555) 010-0123");
        security = confirmItIsYouByEmail("patient");
        assertThat(security.phoneStatus()).as("nothing sent before the code").contains("No mobile number");
        assertThat(security.waitsForAPhoneCode()).isFalse();
        security.addPhone("555-CALL-NOW");
        assertThat(security.error()).contains("no letters");
        assertThat(security.waitsForAPhoneCode()).as("nothing waits for a code").isFalse();

        security.addPhone("+1 (555) 010-0123");
        assertThat(security.info()).contains("Code sent to " + masked);
        assertThat(security.phoneStatus()).as("not in use before it is confirmed").contains("No mobile number");
        assertThat(security.phoneCodeAutocomplete()).isEqualTo("one-time-code");
        assertThat(security.source()).as("the page shows the number masked").doesNotContain("010-0123")
                .doesNotContain("5550100123");
        String confirmation = textedCode("+15550100123", "confirm this phone number", "patient/security.xhtml");
        security.confirmPhone(confirmation);
        assertThat(security.info()).contains("mobile number is confirmed");
        assertThat(security.confirmedPhone()).isEqualTo(masked);
        security.scrollToPhone();
        security.screenshot("patient-security-phone");
        LoginPage login = security.signOutFromTheDashboard();

        // With a confirmed number, signing in asks for a code; "text me a code" sends one to it.
        SecondFactorPage secondFactor = login.signInToSecondFactor("demo.patient", PASSWORD);
        assertThat(secondFactor.address()).endsWith("/oa/patient/second-factor.xhtml");
        assertThat(secondFactor.codeAutocomplete()).isEqualTo("one-time-code");
        assertThat(secondFactor.textMeACode().info())
                .contains("Code sent to " + masked, "10 minutes", "can take a minute", "still your number");
        secondFactor.screenshot("patient-second-factor-sms");
        assertThat(secondFactor.textMeACode().info()).as("resends are throttled")
                .contains("You can ask for another in");
        String signInCode = textedCode("+15550100123", "sign-in code", "patient/second-factor.xhtml");
        secondFactor = SecondFactorPage.current(browser());
        secondFactor.enterCode(signInCode);
        DashboardPage dashboard = secondFactor.verify();
        assertThat(dashboard.userName()).isEqualTo("Casey Patient");

        // Remove the number: signing in needs only the password again.
        security = dashboard.openAccountSecurity().awaiting("removePhone");
        security.removePhone();
        security = confirmItIsYouByEmail("patient");
        assertThat(security.confirmedPhone()).as("kept until the code is given").isEqualTo(masked);
        security.removePhone();
        assertThat(security.info()).contains("mobile number was removed");
        assertThat(security.phoneStatus()).contains("No mobile number");
        dashboard = security.signOutFromTheDashboard().signIn("demo.patient", PASSWORD);
        assertThat(dashboard.address()).endsWith("/oa/patient/index.xhtml");
        dashboard.signOut();
    }

    @Test
    void accountWithSeveralRolesChoosesOneAndGetsANewSessionId() throws Exception {
        WebDriver driver = browser();
        ChooseRolePage chooser = freshLogin("service-center").signInToChooseARole("demo.admin", PASSWORD);
        assertThat(chooser.address()).endsWith("/oa/service-center/choose-role.xhtml");
        String beforeChoice = chooser.sessionCookie();

        driver.get(url("service-center/index.xhtml"));
        assertThat(driver.getCurrentUrl()).as("the dashboard stays closed until a role is chosen")
                .endsWith("/oa/service-center/login.xhtml");
        chooser = ChooseRolePage.open(driver, "service-center");
        assertThat(chooser.roles()).containsExactly("Biller", "Practice administrator");
        DashboardPage dashboard = chooser.choose("Practice administrator");

        assertThat(dashboard.userRole()).isEqualTo("Practice administrator");
        assertThat(dashboard.sessionCookie()).isNotEqualTo(beforeChoice);
        dashboard.screenshot("service-center-admin");
        dashboard.signOut();
    }

    @Test
    void idleSessionWarnsBeforeItEndsAndStaySignedInKeepsIt() throws Exception {
        DashboardPage dashboard = signedIn("service-center", "demo.biller");
        // The container tests run with a 45 s idle limit and a warning 38 s before it.
        assertThat(dashboard.awaitIdleWarning()).contains("You will be signed out in");
        dashboard.screenshot("session-timeout-warning");
        dashboard.staySignedIn();
        dashboard = dashboard.openDashboard();
        assertThat(dashboard.userName()).isEqualTo("Morgan Biller");
        dashboard.signOut();
    }

    @Test
    void forgottenUsernameIsSentToTheAccountsEmailAddress() throws Exception {
        String answerForUnknown = freshLogin("practice-mate").forgotUsername()
                .requestUsernameFor("nobody@sunrise.example");

        int mailsBefore = Mailbox.count();
        String answer = ForgotUsernamePage.open(browser(), "practice-mate")
                .requestUsernameFor("Demo.FrontDesk@Sunrise.example");
        assertThat(answer).isEqualTo(answerForUnknown).contains("spam");
        MimeMessage mail = Mailbox.after(mailsBefore, "Your OA username");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualToIgnoringCase("demo.frontdesk@sunrise.example");
        assertThat(Mailbox.body(mail)).contains("demo.frontdesk").doesNotContain(PASSWORD);
    }

    /**
     * Security questions are an extra factor of the reset, asked after the e-mailed link is opened. Uses
     * demo.frontdesk, whose reset nobody else requests (one reset link per account per minute), and leaves it as
     * it found it (password, no questions) for the lockout test that runs last.
     */
    @Test
    void passwordResetAlsoAsksTheSecurityQuestionsSetOnTheSecurityPage() throws Exception {
        WebDriver driver = browser();
        SecurityPage security = signedIn("practice-mate", "demo.frontdesk").openAccountSecurity()
                .awaiting("saveQuestions");
        assertThat(security.questionsStatus()).contains("No security questions");
        security.saveQuestions();
        security = confirmItIsYouByEmail("practice-mate");
        security.answerQuestion(0, 1, "Alex Morgan");
        security.answerQuestion(1, 3, "Paper Kite");
        security.saveQuestions();
        assertThat(security.info()).contains("security questions were saved");
        assertThat(security.chosenQuestions()).isEqualTo(2);
        assertThat(security.source()).as("answers are never shown back").doesNotContain("Alex Morgan")
                .doesNotContain("Paper Kite");
        security.signOutFromTheDashboard();

        int mailsBefore = Mailbox.count();
        ForgotPasswordPage.open(driver, "practice-mate").requestLinkFor("demo.frontdesk");
        String link = resetLink(Mailbox.after(mailsBefore, "Reset your OA password"), "practice-mate");
        ResetPasswordPage reset = ResetPasswordPage.openAskingQuestions(driver, link);
        assertThat(reset.asksForANewPassword()).as("no new password before the answers").isFalse();
        reset.answer("Alex Morgan", "Paper Plane");
        assertThat(reset.error()).as("counts the attempt, names no answer")
                .contains("At least one answer is wrong", "4 more times");
        assertThat(reset.asksForANewPassword()).isFalse();
        reset.answer("  alex   MORGAN ", "paper kite");
        String newPassword = "Compass#Meadow-3391";
        reset.awaitNewPasswordForm().setPassword(newPassword);
        DashboardPage dashboard = LoginPage.open(driver, "practice-mate").signIn("demo.frontdesk", newPassword);

        // Put things back: no questions, and the original password (the policy remembers the last 5 passwords).
        security = dashboard.openAccountSecurity().awaiting("removeQuestions");
        security.removeQuestions();
        security = confirmItIsYouByEmail("practice-mate");
        security.removeQuestions();
        assertThat(security.questionsStatus()).contains("No security questions");
        restoreDemoPassword(security, newPassword, "Ledger#Quarry-");
        security.signOutFromTheDashboard();
    }

    /** Changes demo.biller's password (and puts it back): runs late. */
    @Test
    @Order(Integer.MAX_VALUE - 2)
    void signedInUserSeesTheirSessionsSignsOneOutAndAPasswordChangeEndsTheOthers() throws Exception {
        HttpClient elsewhere = signInElsewhere("service-center", "demo.biller", PASSWORD);
        SecurityPage security = signedIn("service-center", "demo.biller").openAccountSecurity();

        // Both sessions are listed; the other one is signed out from here and finds out at its next request.
        assertThat(security.sessions()).hasSize(2)
                .anySatisfy(r -> assertThat(r).contains("Service Center", "Chrome on Linux", "This session"))
                .anySatisfy(r -> assertThat(r).contains("Service Center", "Unknown browser"));
        security.signOutTheOtherSession();
        assertThat(security.info()).isEqualTo("That session was signed out.");
        assertThat(security.sessions()).hasSize(1);
        assertThat(dashboardStatus(elsewhere, "service-center")).as("signed out from the other browser")
                .isEqualTo(302);

        HttpClient another = signInElsewhere("service-center", "demo.biller", PASSWORD);
        security = SecurityPage.open(browser(), "service-center");

        security.changePassword("not-the-password", "Meadow#Copper-8841");
        assertThat(security.error()).isNotBlank();
        security.changePassword(PASSWORD, "password1234");
        assertThat(security.showsAnError()).isTrue();
        security.changePassword(PASSWORD, "Meadow#Copper-8841");
        assertThat(security.info()).isEqualTo("Your password was changed.");
        assertThat(dashboardStatus(another, "service-center")).as("the change ended the other session")
                .isEqualTo(302);
        assertThat(security.sessions()).hasSize(1);
        LoginPage login = security.signOutFromTheDashboard();

        login.signInRefused("demo.biller", PASSWORD);
        login.signIn("demo.biller", "Meadow#Copper-8841");
        security = SecurityPage.open(browser(), "service-center");
        restoreDemoPassword(security, "Meadow#Copper-8841", "Harbor#Lichen-");
        security.signOutFromTheDashboard();
    }

    /** Changes demo.patient's password for good: runs after every test that signs in as demo.patient. */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void forgottenPasswordIsResetThroughASingleUseLinkSentByEmail() throws Exception {
        // Someone is signed in as demo.patient elsewhere (an HTTP client with its own cookies).
        HttpClient elsewhere = signInElsewhere("patient", "demo.patient", PASSWORD);

        WebDriver driver = browser();
        String answerForUnknown = freshLogin("patient").forgotPassword().requestLinkFor("no.such.patient");

        int mailsBefore = Mailbox.count();
        assertThat(ForgotPasswordPage.open(driver, "patient").requestLinkFor("demo.patient"))
                .as("same answer whether or not the account exists").isEqualTo(answerForUnknown)
                .contains("spam");

        MimeMessage mail = Mailbox.after(mailsBefore, "Reset your OA password");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("demo.patient@sunrise.example");
        String link = resetLink(mail, "patient");

        String newPassword = "Lantern#Orchard-5517";
        ResetPasswordPage.open(driver, link).setPasswordRefused("short").setPassword(newPassword);
        HttpResponse<String> afterReset = elsewhere.send(HttpRequest.newBuilder(URI.create(url("patient/index.xhtml")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(afterReset.statusCode()).as("the reset ended the other session").isEqualTo(302);
        assertThat(afterReset.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/oa/patient/login.xhtml?reason=ended"));

        ResetPasswordPage again = ResetPasswordPage.open(driver, link).setPasswordRefused(newPassword + "x");
        assertThat(again.error()).contains("no longer valid");

        LoginPage login = LoginPage.open(driver, "patient").signInRefused("demo.patient", PASSWORD);
        DashboardPage dashboard = login.signIn("demo.patient", newPassword);
        assertThat(dashboard.userName()).isEqualTo("Casey Patient");
        dashboard.signOut();
    }

    /** Locks demo.frontdesk (and has the administrator unlock it): runs last. */
    @Test
    @Order(Integer.MAX_VALUE)
    void fiveWrongPasswordsLockTheAccountRefuseEvenTheRightOneAndEmailTheOwner() throws Exception {
        WebDriver driver = browser();
        int mailsBefore = Mailbox.count();
        for (int attempt = 1; attempt <= 5; attempt++) {
            LoginPage refused = freshLogin("practice-mate")
                    .signInRefused("demo.frontdesk", "wrong-password-" + attempt);
            assertThat(refused.error()).isEqualTo(REFUSAL);
        }
        LoginPage locked = freshLogin("practice-mate").signInRefused("demo.frontdesk", PASSWORD);
        assertThat(locked.error()).as("a locked account gets the same page as a wrong password").isEqualTo(REFUSAL);
        assertThat(locked.has("user-name")).isFalse();

        MimeMessage lockMail = Mailbox.after(mailsBefore, "Your OA account was locked");
        assertThat(lockMail.getAllRecipients()[0].toString()).isEqualTo("demo.frontdesk@sunrise.example");
        assertThat(Mailbox.body(lockMail)).contains("unlocks by itself at").doesNotContain(PASSWORD);

        // The practice administrator sees the lock in the audit trail and unlocks the account.
        AdministrationPage administration = signedIn("practice-mate", "demo.admin").openAdministration();
        administration.filterByUsername("demo.frontdesk");
        assertThat(administration.users()).contains("demo.frontdesk", "LOCKED");
        administration.search();
        assertThat(administration.audit()).contains("ACCOUNT_LOCKED", "LOGIN_REFUSED").doesNotContain(PASSWORD);
        HttpResponse<String> csv = administration.auditCsv("action=ACCOUNT_LOCKED");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("sequence,occurred_at,action,account,portal,detail,hash")
                .contains("ACCOUNT_LOCKED").doesNotContain("LOGIN_REFUSED");
        assertThat(administration.verifyTheTrail().info()).startsWith("The audit trail is intact");
        assertThat(administration.unlock("demo.frontdesk").info()).contains("is unlocked");
        administration.screenshot("practice-mate-admin");

        DashboardPage frontDesk = signedIn("practice-mate", "demo.frontdesk");
        assertThat(frontDesk.offersAdministration()).as("no administration link for front desk").isFalse();
        driver.get(url("practice-mate/admin.xhtml"));
        assertThat(driver.getPageSource()).contains("This page is not for your role");
        assertThat(frontDesk.downloadWithThisSession(url("practice-mate/audit.csv")).statusCode()).isEqualTo(403);
    }

    /** The password-reset link in a reset e-mail for {@code portal}. */
    private static String resetLink(MimeMessage mail, String portal) {
        Matcher link = Pattern.compile("(http://127\\.0\\.0\\.1:[0-9]+/oa/" + portal
                + "/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+)").matcher(Mailbox.body(mail));
        assertThat(link.find()).as("the e-mail carries the reset link").isTrue();
        return link.group(1);
    }
}
