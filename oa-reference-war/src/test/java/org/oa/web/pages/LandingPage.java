package org.oa.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The landing page ({@code /oa/}) that sends each kind of user to their portal. */
public final class LandingPage extends Page {

    private LandingPage(WebDriver driver) {
        super(driver);
        waitFor(By.tagName("body"));
    }

    public static LandingPage open(WebDriver driver) {
        driver.get(Site.url(""));
        return new LandingPage(driver);
    }
}
