package org.oa.web.pages;

import java.time.LocalDate;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Practice Mate's calendar ({@code practice-mate/schedule.xhtml}): providers side by side, a booking dialog opened
 * from a free time or the "Book an appointment" button, an appointment dialog opened from an appointment.
 */
public final class SchedulePage extends PortalFrame {

    SchedulePage(WebDriver driver) {
        super(driver);
        waitFor(By.cssSelector(".fc-timegrid-slot-lane"));
    }

    /** Opens the calendar on {@code day}. */
    public static SchedulePage open(WebDriver driver, LocalDate day) {
        driver.get(Site.url("practice-mate/schedule.xhtml?day=" + day));
        return new SchedulePage(driver);
    }

    /** Follows one of the navigation links ("view-week", "view-day", "next-day", "previous-day", "today"). */
    public SchedulePage follow(String link) {
        submit(link);
        return new SchedulePage(driver);
    }

    /** The providers' names over the columns, left to right. */
    public List<String> providers() {
        return all(".oa-schedule-provider").stream().map(WebElement::getText).toList();
    }

    /** The day heading, e.g. "Monday, December 14, 2026". */
    public String heading() {
        return text("day-heading");
    }

    private WebElement column(String provider) {
        List<WebElement> columns = all(".oa-schedule-column");
        for (WebElement column : columns) {
            if (column.findElement(By.cssSelector(".oa-schedule-provider")).getText().equals(provider)) {
                return column;
            }
        }
        throw new IllegalArgumentException("no column for " + provider);
    }

    /** Clicks a free time ("09:00:00") in the provider's column: the booking dialog opens for it. */
    public SchedulePage clickFreeTime(String provider, String time) {
        WebElement lane = column(provider).findElement(
                By.cssSelector("td.fc-timegrid-slot-lane[data-time='" + time + "']"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", lane);
        lane.click();
        awaitDialog("booking-dialog");
        return this;
    }

    /** The "Book an appointment" button. */
    public SchedulePage openBooking() {
        click("book");
        awaitDialog("booking-dialog");
        return this;
    }

    /** What the booking dialog's start box holds ("12/14/2026 09:00 AM"). */
    public String bookingStart() {
        return driver.findElement(By.id("book-start_input")).getAttribute("value");
    }

    /** Types {@code query} into the patient box and picks the suggestion starting with {@code label}. */
    public SchedulePage choosePatient(String query, String label) {
        WebElement box = driver.findElement(By.id("book-patient_input"));
        box.sendKeys(query);
        By item = By.xpath("//li[contains(@class,'ui-autocomplete-item') and starts-with(normalize-space(.),'"
                + label + "')]");
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(item)).click();
        return this;
    }

    public SchedulePage provider(String name) {
        new Select(driver.findElement(By.id("book-provider"))).selectByVisibleText(name);
        return this;
    }

    /** Retypes the start ("12/14/2026 09:15 AM") and leaves the box. */
    public SchedulePage start(String text) {
        retype("book-start_input", text);
        click("booking-dialog_title");
        return this;
    }

    /** Chooses a repeat ("Every week") and how many times. */
    public SchedulePage repeat(String label, int times) {
        new Select(driver.findElement(By.id("book-repeat"))).selectByVisibleText(label);
        retype("book-count_input", Integer.toString(times));
        return this;
    }

    public SchedulePage overrideReason(String reason) {
        retype("book-override", reason);
        return this;
    }

    /** Clicks "Book" and waits for the answer (the dialog closes, or says why not). */
    public SchedulePage book() {
        WebElement before = driver.findElement(By.id("schedule-messages"));
        click("book-now");
        awaitGone(before);
        return this;
    }

    /** Whether the booking dialog is still open. */
    public boolean bookingOpen() {
        return driver.findElement(By.id("booking-dialog")).isDisplayed();
    }

    /** What the booking dialog says: the refusal and the appointments in the way. */
    public String bookingSays() {
        String conflicts = driver.findElements(By.id("book-conflicts")).isEmpty() ? ""
                : " " + text("book-conflicts");
        return text("book-messages") + conflicts;
    }

    /** The page's message (what was booked, checked in, cancelled, or why not). */
    public String said() {
        return text("schedule-messages");
    }

    /** The appointments in the provider's column, each as "9:00 - 9:30 Last, First · Type". */
    public List<String> appointments(String provider) {
        return column(provider).findElements(By.cssSelector(".fc-event")).stream()
                .map(e -> e.getText().replace('\n', ' ').strip()).toList();
    }

    /** Opens the appointment whose text contains {@code text} in the provider's column. */
    public SchedulePage openAppointment(String provider, String text) {
        WebElement event = column(provider).findElements(By.cssSelector(".fc-event")).stream()
                .filter(e -> e.getText().replace('\n', ' ').contains(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no appointment with " + text));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", event);
        // The dialog's content of an earlier appointment stays in the page (hidden) until the answer replaces it.
        List<WebElement> earlier = driver.findElements(By.id("appointmentForm"));
        event.click();
        if (!earlier.isEmpty()) {
            awaitGone(earlier.get(0));
        }
        awaitDialog("appointment-dialog");
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(
                By.id("appointment-status")));
        await(d -> !d.findElement(By.id("appointment-status")).getText().isBlank());
        return this;
    }

    /** The open appointment's status in words ("Scheduled", "Checked in"). */
    public String appointmentStatus() {
        return text("appointment-status");
    }

    /** Clicks an action of the appointment dialog ("check-in", "in-room", "check-out", "no-show"). */
    public SchedulePage act(String action) {
        WebElement before = driver.findElement(By.id("schedule-messages"));
        click(action);
        awaitGone(before);
        return this;
    }

    /** Cancels the open appointment with {@code reason}; {@code scope} is the radio label, or null for one. */
    public SchedulePage cancel(String reason, String scope) {
        retype("cancel-reason", reason);
        if (scope != null) {
            driver.findElement(By.xpath("//*[@id='cancel-scope']//label[normalize-space(.)='" + scope + "']"))
                    .click();
        }
        WebElement before = driver.findElement(By.id("schedule-messages"));
        click("cancel-appointment");
        awaitGone(before);
        return this;
    }

    /** Makes a new secret link to the provider's calendar and returns it. */
    public String makeCalendarLink(String provider) {
        // The button redraws the dialog: wait for the new one, not the hidden one of an earlier link.
        List<WebElement> earlier = driver.findElements(By.id("feedForm"));
        click("phone-calendar");
        if (!earlier.isEmpty()) {
            awaitGone(earlier.get(0));
        }
        awaitDialog("feed-dialog");
        Select choice = new Select(driver.findElement(By.id("feed-provider")));
        if (!choice.getFirstSelectedOption().getText().equals(provider)) {
            WebElement shown = driver.findElement(By.id("feed-issued"));
            choice.selectByVisibleText(provider);
            awaitGone(shown);
        }
        WebElement before = driver.findElement(By.id("feed-issued"));
        click("make-feed-link");
        awaitGone(before);
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id("feed-url")));
        String url = driver.findElement(By.id("feed-url")).getAttribute("value");
        ((JavascriptExecutor) driver).executeScript("PF('feed').hide()");
        return url;
    }

    private void awaitDialog(String id) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void awaitGone(WebElement element) {
        new WebDriverWait(driver, PATIENCE).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException replaced) {
                return true;
            }
        });
    }
}
