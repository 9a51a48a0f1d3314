package org.oa.web.pages;

import org.openqa.selenium.WebDriver;

/** Service Center's list of received files ({@code service-center/files.xhtml}). */
public final class FilesPage extends PortalFrame {

    private FilesPage(WebDriver driver) {
        super(driver);
        waitFor("files");
    }

    public static FilesPage open(WebDriver driver) {
        driver.get(Site.url("service-center/files.xhtml"));
        return new FilesPage(driver);
    }

    /** The list as text. */
    public String files() {
        return text("files");
    }
}
