package org.oa.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One claim ({@code service-center/claim.xhtml?id=...}): status, history, and Claim Fix for a rejected one. */
public final class ClaimPage extends PortalFrame {

    ClaimPage(WebDriver driver) {
        super(driver);
        waitFor("claim-status");
    }

    public static ClaimPage reopen(WebDriver driver, String address) {
        driver.get(address);
        return new ClaimPage(driver);
    }

    /** The claim's ID from the page's address. */
    public String claimId() {
        return address().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");
    }

    public String status() {
        return text("claim-status");
    }

    public String patientControlNumber() {
        return text("claim-pcn");
    }

    public String history() {
        return text("history");
    }

    public String payerClaimNumber() {
        return text("payer-claim-number");
    }

    public boolean offersAReplacement() {
        return driver.findElement(By.id("replace")).isDisplayed();
    }

    /** Claim Fix, for a rejected claim. */
    public ClaimFixPage fix() {
        click("fix");
        return new ClaimFixPage(driver);
    }
}
