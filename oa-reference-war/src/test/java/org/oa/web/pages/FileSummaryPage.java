package org.oa.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The File Summary of one received file ({@code service-center/file.xhtml}): its status, claims and documents. */
public final class FileSummaryPage extends PortalFrame {

    FileSummaryPage(WebDriver driver) {
        super(driver);
        waitFor("file-status");
    }

    /** Opens the summary at {@code address} again (as a bookmark would). */
    public static FileSummaryPage reopen(WebDriver driver, String address) {
        driver.get(address);
        return new FileSummaryPage(driver);
    }

    public String status() {
        return text("file-status");
    }

    public String reason() {
        return text("file-reason");
    }

    public String fileId() {
        return text("file-id");
    }

    public String acceptedCount() {
        return text("accepted-count");
    }

    public String rejectedCount() {
        return text("rejected-count");
    }

    /** The claims table as text. */
    public String claims() {
        return text("claims");
    }

    /** Shows only the rejected claims. */
    public FileSummaryPage showRejectedOnly() {
        click("show-rejected");
        waitFor("show-all");
        return this;
    }

    /** The address of the file's document whose name ends with {@code suffix} (for example {@code _999.999}). */
    public String documentLink(String suffix) {
        return driver.findElements(By.cssSelector("a.oa-document")).stream().map(a -> a.getAttribute("href"))
                .filter(h -> h.endsWith(suffix)).findFirst().orElseThrow();
    }

    /** Opens the claim with this patient control number. */
    public ClaimPage openClaim(String patientControlNumber) {
        driver.findElement(By.linkText(patientControlNumber)).click();
        return new ClaimPage(driver);
    }
}
