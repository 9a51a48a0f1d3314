package org.oa.web.pages;

import org.openqa.selenium.WebDriver;

/** The second-factor page after the password ({@code <portal>/second-factor.xhtml}). */
public final class SecondFactorPage extends Page {

    SecondFactorPage(WebDriver driver) {
        super(driver);
        waitFor("code");
    }

    /** The second-factor page the browser is on now. */
    public static SecondFactorPage current(WebDriver driver) {
        return new SecondFactorPage(driver);
    }

    /** The code box's {@code autocomplete} attribute (phones offer a texted code for {@code one-time-code}). */
    public String codeAutocomplete() {
        return driver.findElement(org.openqa.selenium.By.id("code")).getAttribute("autocomplete");
    }

    /** Whether the page offers to skip the code on this device next time. */
    public boolean offersToRememberTheDevice() {
        return has("remember");
    }

    public void enterCode(String code) {
        type("code", code);
    }

    /** Presses Verify with an accepted code: the dashboard. */
    public DashboardPage verify() {
        submit("verify");
        return new DashboardPage(driver);
    }

    /** Presses Verify with a code that is refused: this page with an error. */
    public SecondFactorPage verifyRefused() {
        click("verify");
        waitFor(org.openqa.selenium.By.className("oa-error"));
        return this;
    }

    /** "E-mail me a code". */
    public SecondFactorPage emailMeACode() {
        submit("emailCode");
        return this;
    }

    /** "Text me a code". */
    public SecondFactorPage textMeACode() {
        submit("textCode");
        return this;
    }
}
