package org.oa.web.pages;

import java.net.URI;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The frame around every page of a signed-in portal: who is signed in, the portal's menu, Account security, the
 * idle-session warning and Sign out. The pages inside a portal extend it.
 */
public class PortalFrame extends Page {

    PortalFrame(WebDriver driver) {
        super(driver);
    }

    /** The portal this page belongs to, from its address ({@code /oa/<portal>/...}). */
    public String portal() {
        return URI.create(driver.getCurrentUrl()).getPath().split("/")[2];
    }

    public String userName() {
        return text("user-name");
    }

    public String userRole() {
        return text("user-role");
    }

    public String userPractice() {
        return text("user-practice");
    }

    public String menu() {
        return text("portal-menu");
    }

    /** The signed-in user as the frame's top bar shows them. */
    public String frameUser() {
        return text("frame-user");
    }

    public boolean signOutIsVisible() {
        return driver.findElement(By.id("signOut")).isDisplayed();
    }

    /** Signs out from this page; returns the login page with its notice. */
    public LoginPage signOut() {
        click("signOut");
        waitFor("notice");
        return new LoginPage(driver);
    }

    /** Opens this portal's dashboard by its address. */
    public DashboardPage openDashboard() {
        driver.get(Site.url(portal() + "/index.xhtml"));
        return new DashboardPage(driver);
    }

    /** Opens the dashboard and signs out there. */
    public LoginPage signOutFromTheDashboard() {
        return openDashboard().signOut();
    }

    public SecurityPage openAccountSecurity() {
        click("account-security");
        return new SecurityPage(driver);
    }

    /** Waits for the idle-session warning; returns its text. */
    public String awaitIdleWarning() {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("session-timeout")));
        return text("session-timeout-text");
    }

    /** Presses "Stay signed in" on the idle-session warning and waits for it to close. */
    public void staySignedIn() {
        click("stay-signed-in");
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.invisibilityOfElementLocated(
                By.id("session-timeout")));
    }
}
