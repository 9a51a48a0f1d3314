package org.oa.web.pages;

import org.openqa.selenium.WebDriver;

/** "Forgot your username?" ({@code <portal>/forgot-username.xhtml}): the username goes to the account's address. */
public final class ForgotUsernamePage extends Page {

    ForgotUsernamePage(WebDriver driver) {
        super(driver);
        waitFor("email");
    }

    public static ForgotUsernamePage open(WebDriver driver, String portal) {
        driver.get(Site.url(portal + "/forgot-username.xhtml"));
        return new ForgotUsernamePage(driver);
    }

    /** Asks for the username of the account with {@code email}; returns the answer the page gives. */
    public String requestUsernameFor(String email) {
        type("email", email);
        submit("send");
        return text("requested");
    }
}
