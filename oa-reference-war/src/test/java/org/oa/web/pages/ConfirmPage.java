package org.oa.web.pages;

import org.openqa.selenium.WebDriver;

/**
 * "Confirm it is you" ({@code <portal>/confirm.xhtml?next=...}): the step-up before a change to how the account
 * signs in or before handing out a machine credential.
 */
public final class ConfirmPage extends Page {

    ConfirmPage(WebDriver driver) {
        super(driver);
        waitFor("stepUpForm");
    }

    /** The confirm page the browser is on now. */
    public static ConfirmPage current(WebDriver driver) {
        return new ConfirmPage(driver);
    }

    /** Opens {@code page} of {@code portal}, which sends the browser here first. */
    public static ConfirmPage openBefore(WebDriver driver, String portal, String page) {
        driver.get(Site.url(portal + "/" + page));
        return new ConfirmPage(driver);
    }

    /** "E-mail me a code". */
    public ConfirmPage emailMeACode() {
        submit("emailCode");
        return this;
    }

    public void enterCode(String code) {
        type("code", code);
    }

    /** Presses Confirm; the caller says which page it expects next. */
    public void confirm() {
        submit("confirm");
    }

    /** Confirms with a code that is refused: this page with an error. */
    public ConfirmPage confirmRefused(String code) {
        enterCode(code);
        confirm();
        return this;
    }

    /** Confirms with the right code, coming back to Account security. */
    public SecurityPage confirmToAccountSecurity(String code) {
        enterCode(code);
        confirm();
        return new SecurityPage(driver, "step-up-note");
    }

    /** Confirms with the right code before SFTP access. */
    public SftpAccessPage confirmToSftpAccess(String code) {
        enterCode(code);
        confirm();
        return new SftpAccessPage(driver);
    }
}
