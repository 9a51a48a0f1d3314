package org.oa.web.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Setting up an authenticator app ({@code <portal>/enrol-authenticator.xhtml}), then the recovery codes. */
public final class EnrolAuthenticatorPage extends Page {

    EnrolAuthenticatorPage(WebDriver driver) {
        super(driver);
        waitFor("code");
    }

    /** The QR code's {@code src} (a data URL). */
    public String qrCodeSource() {
        return driver.findElement(By.id("totp-qr")).getAttribute("src");
    }

    /** The new secret, as shown for typing into the app. */
    public String secret() {
        return text("totp-secret");
    }

    /** Confirms with a code the page refuses. */
    public EnrolAuthenticatorPage confirmRefused(String code) {
        type("code", code);
        click("confirm");
        waitFor(By.className("oa-error"));
        return this;
    }

    /** Confirms with the app's current code: the page then shows the recovery codes. */
    public EnrolAuthenticatorPage confirm(String code) {
        type("code", code);
        click("confirm");
        waitFor("recovery-codes");
        return this;
    }

    public List<String> recoveryCodes() {
        return all("#recovery-codes code").stream().map(WebElement::getText).toList();
    }

    /** On from the recovery codes to the dashboard. */
    public DashboardPage proceed() {
        click("proceed");
        return new DashboardPage(driver);
    }
}
