package org.oa.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The page of an e-mailed reset link ({@code <portal>/reset-password.xhtml?token=...}): the security questions
 * first, if the account has any, then the new password.
 */
public final class ResetPasswordPage extends Page {

    private ResetPasswordPage(WebDriver driver) {
        super(driver);
    }

    /** Opens the link; waits for the questions. */
    public static ResetPasswordPage openAskingQuestions(WebDriver driver, String link) {
        driver.get(link);
        ResetPasswordPage page = new ResetPasswordPage(driver);
        page.waitFor("answer0");
        return page;
    }

    /** Opens the link; waits for the new-password form. */
    public static ResetPasswordPage open(WebDriver driver, String link) {
        driver.get(link);
        ResetPasswordPage page = new ResetPasswordPage(driver);
        page.waitFor("password");
        return page;
    }

    public boolean asksForANewPassword() {
        return has("password");
    }

    /** Answers the two questions and presses the button. */
    public void answer(String first, String second) {
        type("answer0", first);
        type("answer1", second);
        submit("answer");
    }

    /** Waits until the new-password form is there (after right answers). */
    public ResetPasswordPage awaitNewPasswordForm() {
        waitFor("password");
        return this;
    }

    /** Sets a password the page refuses: stays with an error. */
    public ResetPasswordPage setPasswordRefused(String password) {
        typeTwice(password);
        click("save");
        waitFor(By.className("oa-error"));
        return this;
    }

    /** Sets a new password the page accepts: it says the password was changed. */
    public ResetPasswordPage setPassword(String password) {
        typeTwice(password);
        click("save");
        waitFor("changed");
        return this;
    }

    private void typeTwice(String password) {
        type("password", password);
        type("confirmation", password);
    }
}
