package org.oa.web.pages;

import java.nio.file.Path;

import org.openqa.selenium.WebDriver;

/** Service Center's Upload page ({@code service-center/upload.xhtml}): sends claim files from the browser. */
public final class UploadPage extends PortalFrame {

    UploadPage(WebDriver driver) {
        super(driver);
        waitFor("files");
    }

    public static UploadPage open(WebDriver driver) {
        driver.get(Site.url("service-center/upload.xhtml"));
        return new UploadPage(driver);
    }

    /** Chooses {@code file}, uploads it and waits for its File Summary. */
    public FileSummaryPage upload(Path file) {
        type("files", file.toString());
        click("upload");
        return new FileSummaryPage(driver);
    }
}
