package org.oa.web.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Account security ({@code <portal>/security.xhtml}): password, sessions, authenticator app, mobile number and
 * security questions. A change to how the account signs in goes to {@link ConfirmPage} first; pressing the same
 * button after confirming carries it out.
 */
public final class SecurityPage extends PortalFrame {

    SecurityPage(WebDriver driver) {
        this(driver, "passwordForm");
    }

    SecurityPage(WebDriver driver, String marker) {
        super(driver);
        waitFor(marker);
    }

    public static SecurityPage open(WebDriver driver, String portal) {
        driver.get(Site.url(portal + "/security.xhtml"));
        return new SecurityPage(driver, "passwordForm");
    }

    /** Waits for an element of the page (for example {@code removePhone}) and returns the page. */
    public SecurityPage awaiting(String id) {
        waitFor(id);
        return this;
    }

    /** The note that says the step-up was given and the change may go on. */
    public String stepUpNote() {
        return text("step-up-note");
    }

    // ---- password and sessions ----------------------------------------------------------------------------

    public void changePassword(String current, String next) {
        type("currentPassword", current);
        type("newPassword", next);
        type("confirmation", next);
        submit("changePassword");
    }

    /** The rows of the sessions table, as text. */
    public List<String> sessions() {
        return sessionRows().stream().map(WebElement::getText).toList();
    }

    /** Signs out the first listed session that is not this one. */
    public SecurityPage signOutTheOtherSession() {
        sessionRows().stream().filter(r -> !r.getText().contains("This session")).findFirst().orElseThrow()
                .findElement(By.tagName("input")).click();
        waitFor(By.className("oa-info"));
        return this;
    }

    private List<WebElement> sessionRows() {
        return all("#sessions tbody tr");
    }

    // ---- authenticator app -----------------------------------------------------------------------------------

    public void removeAuthenticator() {
        submit("removeAuthenticator");
    }

    public boolean offersToRemoveTheAuthenticator() {
        return has("removeAuthenticator");
    }

    // ---- mobile number ---------------------------------------------------------------------------------------

    public String phoneStatus() {
        return text("phone-status");
    }

    /** The confirmed number as shown (masked). */
    public String confirmedPhone() {
        return text("phone-confirmed");
    }

    public void addPhone(String number) {
        replace("phone", number);
        submit("addPhone");
    }

    public boolean waitsForAPhoneCode() {
        return has("phoneCode");
    }

    public String phoneCodeAutocomplete() {
        return driver.findElement(By.id("phoneCode")).getAttribute("autocomplete");
    }

    public void confirmPhone(String code) {
        waitFor("phoneCode");
        type("phoneCode", code);
        submit("confirmPhone");
    }

    public void removePhone() {
        submit("removePhone");
    }

    public void scrollToPhone() {
        ((JavascriptExecutor) driver).executeScript("document.getElementById('phone-section').scrollIntoView()");
    }

    // ---- security questions ----------------------------------------------------------------------------------

    public String questionsStatus() {
        return text("questions-status");
    }

    /** Presses Save questions (with whatever is chosen). */
    public void saveQuestions() {
        submit("saveQuestions");
    }

    /** Chooses the question at {@code questionIndex} of the list for slot {@code slot} and types the answer. */
    public void answerQuestion(int slot, int questionIndex, String answer) {
        new Select(driver.findElement(By.id("question" + slot))).selectByIndex(questionIndex);
        type("answer" + slot, answer);
    }

    public int chosenQuestions() {
        return all("#chosen-questions li").size();
    }

    public void removeQuestions() {
        submit("removeQuestions");
    }
}
