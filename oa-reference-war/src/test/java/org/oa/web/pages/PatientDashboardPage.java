package org.oa.web.pages;

import java.util.List;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Patient Ally's dashboard ({@code patient/index.xhtml}): the signed-in patient's own record and coverages. */
public final class PatientDashboardPage extends DashboardPage {

    PatientDashboardPage(WebDriver driver) {
        super(driver);
        waitFor("patient-name");
    }

    /** Opens the dashboard with {@code query} added to its address (the page must ignore what it asks for). */
    public static PatientDashboardPage openWith(WebDriver driver, String query) {
        driver.get(Site.url("patient/index.xhtml" + query));
        return new PatientDashboardPage(driver);
    }

    public String patientName() {
        return text("patient-name");
    }

    public String birthDate() {
        return text("patient-birth-date");
    }

    public String accountNumber() {
        return text("patient-account-number");
    }

    /** One line per coverage, as shown (member IDs masked). */
    public List<String> coverages() {
        return all("#coverages .oa-coverage").stream().map(WebElement::getText).toList();
    }

    /** Whether the page says that no record is linked to the account. */
    public boolean saysNoRecord() {
        return has("no-record");
    }
}
