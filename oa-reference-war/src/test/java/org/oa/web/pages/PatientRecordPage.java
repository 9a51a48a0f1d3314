package org.oa.web.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Practice Mate's patient page ({@code practice-mate/patient.xhtml}): demographics, status and insurance. */
public final class PatientRecordPage extends PortalFrame {

    PatientRecordPage(WebDriver driver) {
        super(driver);
        waitFor("patient-title");
    }

    /** Opens {@code practice-mate/patient.xhtml?id=...} directly (as a bookmark or a typed address would). */
    public static void openById(WebDriver driver, String id) {
        driver.get(Site.url("practice-mate/patient.xhtml?id=" + id));
    }

    public String title() {
        return text("patient-title");
    }

    public String value(String box) {
        return driver.findElement(By.id(box)).getAttribute("value");
    }

    /** Types into one demographics box (its ID: lastName, firstName, zip, mobilePhone, ...). */
    public PatientRecordPage typeIn(String box, String text) {
        replace(box, text);
        return this;
    }

    public PatientRecordPage birthDate(String mmddyyyy) {
        retype("birthDate_input", mmddyyyy);
        driver.findElement(By.id("birthDate_input")).sendKeys(Keys.ESCAPE);
        return this;
    }

    public PatientRecordPage status(String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("status"))).selectByValue(value);
        return this;
    }

    /** Saves (registers or stores the changes) and waits for the answer page. */
    public PatientRecordPage save() {
        submit("save-patient");
        return new PatientRecordPage(driver);
    }

    /** The possible duplicates the page asks about, or an empty list. */
    public List<String> possibleDuplicates() {
        return all("#possible-duplicates li").stream().map(WebElement::getText).toList();
    }

    /** "This is another person: register". */
    public PatientRecordPage registerAnyway() {
        submit("register-anyway");
        return new PatientRecordPage(driver);
    }

    /** The message beside each box and at the top. */
    public String problems() {
        return text("patientForm");
    }

    /** Adds a coverage: the payer typed and picked from the suggestions, as a front desk does. */
    public PatientRecordPage addCoverage(String payerTyped, String suggestionStart, String memberId, String order) {
        WebElement payer = driver.findElement(By.id("payer_input"));
        payer.clear();
        for (char c : payerTyped.toCharArray()) {
            payer.sendKeys(String.valueOf(c));
        }
        By suggestion = By.xpath("//li[contains(@class,'ui-autocomplete-item') and starts-with(normalize-space(.),'"
                + suggestionStart + "')]");
        waitFor(suggestion);
        await(d -> d.findElement(suggestion).isDisplayed());
        driver.findElement(suggestion).click();
        replace("memberId", memberId);
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("priority"))).selectByValue(order);
        // The answer replaces the form's content: the table shown now goes stale once it has come.
        WebElement shown = driver.findElement(By.id("coverage-list"));
        click("add-coverage");
        new org.openqa.selenium.support.ui.WebDriverWait(driver, PATIENCE)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(shown));
        return this;
    }

    /** The insurance table and its messages. */
    public String coverages() {
        return text("coverageForm");
    }
}
