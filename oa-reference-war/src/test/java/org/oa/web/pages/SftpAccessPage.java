package org.oa.web.pages;

import org.openqa.selenium.WebDriver;

/** SFTP access ({@code service-center/sftp.xhtml}): the practice's machine credential for SFTP. */
public final class SftpAccessPage extends PortalFrame {

    SftpAccessPage(WebDriver driver) {
        super(driver);
        waitFor("sftpForm");
    }

    /** Generates new credentials (the earlier ones stop working); the page shows them once. */
    public SftpAccessPage generate() {
        submit("generate");
        return this;
    }

    public String username() {
        return text("sftp-username");
    }

    public String secret() {
        return text("sftp-secret");
    }

    public SftpAccessPage revoke() {
        submit("revoke");
        return this;
    }
}
