package org.oa.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A portal's login page ({@code <portal>/login.xhtml}); also where sign-out and an ended session land. */
public final class LoginPage extends Page {

    LoginPage(WebDriver driver) {
        super(driver);
        waitFor("username");
    }

    /** Opens the login page of {@code portal} (for example {@code service-center}) in this browser as it is. */
    public static LoginPage open(WebDriver driver, String portal) {
        driver.get(Site.url(portal + "/login.xhtml"));
        return new LoginPage(driver);
    }

    /** The login page the browser was just sent to (after visiting a closed page, say). */
    public static LoginPage current(WebDriver driver) {
        return new LoginPage(driver);
    }

    /** Types the credentials and presses Sign in; the caller says which page it expects next. */
    public void submitCredentials(String username, String password) {
        waitFor("username");
        replace("username", username);
        type("password", password);
        submit("signIn");
    }

    /** Signs in with an account that goes straight to the portal's dashboard. */
    public DashboardPage signIn(String username, String password) {
        submitCredentials(username, password);
        return new DashboardPage(driver);
    }

    /** Signs in with an account that owes a second factor first. */
    public SecondFactorPage signInToSecondFactor(String username, String password) {
        submitCredentials(username, password);
        return new SecondFactorPage(driver);
    }

    /** Signs in with an account that must first set up an authenticator app. */
    public EnrolAuthenticatorPage signInToEnrolment(String username, String password) {
        submitCredentials(username, password);
        return new EnrolAuthenticatorPage(driver);
    }

    /** Signs in with an account that has several roles in this portal. */
    public ChooseRolePage signInToChooseARole(String username, String password) {
        submitCredentials(username, password);
        return new ChooseRolePage(driver);
    }

    /** Signs in with credentials the portal refuses: stays here with an error. */
    public LoginPage signInRefused(String username, String password) {
        submitCredentials(username, password);
        waitFor(By.className("oa-error"));
        return this;
    }

    public void typeUsername(String text) {
        type("username", text);
    }

    public void typePassword(String text) {
        type("password", text);
    }

    public boolean warnsOfSpacesInThePassword() {
        return driver.findElement(By.id("password-spaces")).isDisplayed();
    }

    public boolean warnsOfSpacesInTheUsername() {
        return driver.findElement(By.id("username-spaces")).isDisplayed();
    }

    /** The notice above the form, for example "You have signed out." */
    public String notice() {
        return text("notice");
    }

    public ForgotPasswordPage forgotPassword() {
        click("forgot-password");
        return new ForgotPasswordPage(driver);
    }

    public ForgotUsernamePage forgotUsername() {
        click("forgot-username");
        return new ForgotUsernamePage(driver);
    }
}
