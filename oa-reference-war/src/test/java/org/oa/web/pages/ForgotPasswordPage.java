package org.oa.web.pages;

import org.openqa.selenium.WebDriver;

/** "Forgot your password?" ({@code <portal>/forgot-password.xhtml}): asks for a reset link by e-mail. */
public final class ForgotPasswordPage extends Page {

    ForgotPasswordPage(WebDriver driver) {
        super(driver);
        waitFor("username");
    }

    public static ForgotPasswordPage open(WebDriver driver, String portal) {
        driver.get(Site.url(portal + "/forgot-password.xhtml"));
        return new ForgotPasswordPage(driver);
    }

    /** Asks for a reset link for {@code username}; returns the answer the page gives. */
    public String requestLinkFor(String username) {
        type("username", username);
        click("send");
        waitFor("requested");
        return text("requested");
    }
}
