package org.oa.web.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
        // The answer replaces the grid's element: the one shown now goes stale once it has come.
        WebElement shown = driver.findElement(By.id("patient-results"));
        replace("patient-name", name == null ? "" : name);
        // The date goes into the box without key events: typed through WebDriver, each key sends PrimeFaces' date
        // picker into endless recursion ("Maximum call stack size exceeded" in the log), which typing in Chromium
        // by hand or through Playwright does not (checked); the form posts the box's text either way.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id("patient-birth_input")), birthDate == null ? "" : birthDate);
        replace("patient-account", accountNumber == null ? "" : accountNumber);
        replace("patient-phone", phone == null ? "" : phone);
        click("patient-find");
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.stalenessOf(shown));
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
