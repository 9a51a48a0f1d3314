package org.oa.web.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The staff dashboards of Practice Mate and EHR 24/7: today's office hours and the patient finder (name, date of
 * birth, account number, phone; a lazy grid).
 */
public final class StaffDashboardPage extends DashboardPage {

    StaffDashboardPage(WebDriver driver) {
        super(driver);
        waitFor("in-office");
    }

    /** The dashboard the browser is on now. */
    public static StaffDashboardPage current(WebDriver driver) {
        return new StaffDashboardPage(driver);
    }

    /** "Today, Monday, December 7, 2026" and one line per provider's hours. */
    public String inOffice() {
        return text("in-office");
    }

    /** Types the criteria (null leaves a box empty), finds and waits for the grid to show the answer. */
    public StaffDashboardPage find(String name, String birthDate, String accountNumber, String phone) {
        // Marks the grid shown now: the answer replaces the element, so the mark is gone once it has come.
        ((JavascriptExecutor) driver).executeScript(
                "document.getElementById('patient-results').setAttribute('data-oa-before', 'yes')");
        replace("patient-name", name == null ? "" : name);
        replace("patient-birth_input", birthDate == null ? "" : birthDate);
        replace("patient-account", accountNumber == null ? "" : accountNumber);
        replace("patient-phone", phone == null ? "" : phone);
        click("patient-find");
        await(d -> d.findElement(By.id("patient-results")).getAttribute("data-oa-before") == null);
        return this;
    }

    /** The grid's text: heading, rows (or why there are none) and the page report. */
    public String results() {
        return text("patient-results");
    }

    /** The names in the grid, as shown ("Patient, Casey"). */
    public List<String> names() {
        return all("#patient-results .oa-patient-name").stream().map(WebElement::getText).toList();
    }

    /** Opens the patient of that name from the grid (Practice Mate: the patient page). */
    public PatientRecordPage open(String shownName) {
        submit(driver, By.xpath("//a[contains(@class,'oa-patient-name') and text()='" + shownName + "']"));
        return new PatientRecordPage(driver);
    }

    /** Practice Mate's "New patient" menu entry. */
    public PatientRecordPage openNewPatient() {
        driver.get(Site.url("practice-mate/patient.xhtml"));
        return new PatientRecordPage(driver);
    }
}
