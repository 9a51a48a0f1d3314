package org.oa.web.pages;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Administration ({@code <portal>/admin.xhtml}, for practice administrators): the audit trail with its CSV
 * export and check, the users and unlocking, the practice's second-factor setting and the demo SMS outbox.
 */
public final class AdministrationPage extends PortalFrame {

    AdministrationPage(WebDriver driver) {
        this(driver, "auditForm");
    }

    private AdministrationPage(WebDriver driver, String marker) {
        super(driver);
        waitFor(marker);
    }

    public static AdministrationPage open(WebDriver driver, String portal) {
        driver.get(Site.url(portal + "/admin.xhtml"));
        return new AdministrationPage(driver);
    }

    /** Opens the page and waits for the demo SMS outbox. */
    public static AdministrationPage openSmsOutbox(WebDriver driver, String portal) {
        driver.get(Site.url(portal + "/admin.xhtml"));
        return new AdministrationPage(driver, "sms-outbox");
    }

    // ---- audit trail -----------------------------------------------------------------------------------------

    /** Chooses the action filter (for example {@code PATIENT_DATA_VIEWED}). */
    public AdministrationPage filterByAction(String action) {
        new Select(driver.findElement(By.id("auditAction"))).selectByValue(action);
        return this;
    }

    public AdministrationPage filterByPatient(String patientId) {
        type("auditPatient", patientId);
        return this;
    }

    public AdministrationPage filterByUsername(String username) {
        type("auditUsername", username);
        return this;
    }

    public AdministrationPage search() {
        submit("search");
        return this;
    }

    /** The audit table as text. */
    public String audit() {
        return text("audit");
    }

    /** The patient ID of the first audit row whose text passes {@code row}. */
    public String patientIdOfFirstEntry(Predicate<String> row) {
        return all("#audit tbody tr").stream().filter(r -> row.test(r.getText()))
                .map(r -> r.findElement(By.className("oa-patient")).getText()).findFirst().orElseThrow();
    }

    /** Downloads {@code audit.csv?query} with this administrator's session. */
    public HttpResponse<String> auditCsv(String query) throws IOException, InterruptedException {
        return downloadWithThisSession(Site.url(portal() + "/audit.csv" + (query.isEmpty() ? "" : "?" + query)));
    }

    /** Checks the audit trail's hash chain; the page answers in an info message. */
    public AdministrationPage verifyTheTrail() {
        submit("verify");
        return this;
    }

    // ---- users -----------------------------------------------------------------------------------------------

    public String users() {
        return text("users");
    }

    public AdministrationPage unlock(String username) {
        type("unlockUsername", username);
        submit("unlock");
        return this;
    }

    // ---- second factor ---------------------------------------------------------------------------------------

    /** Waits for the second-factor setting. */
    public AdministrationPage awaitSecondFactorSetting() {
        waitFor("secondFactorForm");
        return this;
    }

    public boolean secondFactorRequired() {
        return driver.findElement(By.id("secondFactorRequired")).isSelected();
    }

    /** Ticks or unticks "second factor required in every portal" and saves. */
    public AdministrationPage requireSecondFactor(boolean required) {
        if (secondFactorRequired() != required) {
            click("secondFactorRequired");
        }
        submit("saveSecondFactor");
        return this;
    }

    // ---- demo SMS outbox -------------------------------------------------------------------------------------

    /** The text of the newest message in the demo outbox to {@code number} that contains {@code phrase}, or null. */
    public String textMessageTo(String number, String phrase) {
        for (WebElement message : all("#sms-outbox .oa-sms")) {
            String text = message.findElement(By.className("oa-sms-text")).getText();
            if (message.findElement(By.className("oa-sms-to")).getText().equals(number) && text.contains(phrase)) {
                return text;
            }
        }
        return null;
    }
}
