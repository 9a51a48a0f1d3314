package org.oa.web.pages;

import java.nio.file.Path;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Service Center's Upload page ({@code service-center/upload.xhtml}): PrimeFaces' uploader sends each chosen claim
 * file at once and the page lists it with a link to its File Summary.
 */
public final class UploadPage extends PortalFrame {

    UploadPage(WebDriver driver) {
        super(driver);
        waitFor("files_input");
    }

    public static UploadPage open(WebDriver driver) {
        driver.get(Site.url("service-center/upload.xhtml"));
        return new UploadPage(driver);
    }

    /** Chooses {@code file}, waits until the page lists it as received and opens its File Summary. */
    public FileSummaryPage upload(Path file) {
        int before = all("a.oa-open-summary").size();
        type("files_input", file.toString());
        // A large file is read before the answer comes: allow twice the usual patience.
        new WebDriverWait(driver, PATIENCE.multipliedBy(2))
                .until(d -> d.findElements(By.cssSelector("a.oa-open-summary")).size() > before);
        // The newest file is listed first.
        submit(driver, By.cssSelector("#received-files li:first-child a.oa-open-summary"));
        return new FileSummaryPage(driver);
    }

    /** What the page says it received, one line per file, newest first. */
    public String received() {
        return text("received");
    }
}
