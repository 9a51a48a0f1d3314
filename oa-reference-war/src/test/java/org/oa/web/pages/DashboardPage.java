package org.oa.web.pages;

import org.openqa.selenium.WebDriver;

/** A portal's dashboard ({@code <portal>/index.xhtml}) with the menu entries that lead to the other pages. */
public class DashboardPage extends PortalFrame {

    DashboardPage(WebDriver driver) {
        super(driver);
        waitFor("user-name");
    }

    /** The dashboard the browser is on now. */
    public static DashboardPage current(WebDriver driver) {
        return new DashboardPage(driver);
    }

    public UploadPage openUpload() {
        waitFor("upload-claims");
        click("upload-claims");
        return new UploadPage(driver);
    }

    public PayersPage openPayerList() {
        waitFor("payer-list");
        click("payer-list");
        return new PayersPage(driver);
    }

    public ClaimEntryPage openClaimEntry() {
        waitFor("enter-claim");
        click("enter-claim");
        return new ClaimEntryPage(driver);
    }

    public EnrollmentsPage openEnrollments() {
        waitFor("enrollments");
        click("enrollments");
        return new EnrollmentsPage(driver);
    }

    public AdministrationPage openAdministration() {
        waitFor("administration");
        click("administration");
        return new AdministrationPage(driver);
    }

    public boolean offersAdministration() {
        return has("administration");
    }

    /** The SFTP access entry; handing out a machine credential asks to confirm it is you first. */
    public ConfirmPage openSftpAccess() {
        waitFor("sftp-access");
        click("sftp-access");
        return new ConfirmPage(driver);
    }

    /** This dashboard as Patient Ally's, which shows the patient's own record. */
    public PatientDashboardPage asPatientDashboard() {
        return new PatientDashboardPage(driver);
    }
}
