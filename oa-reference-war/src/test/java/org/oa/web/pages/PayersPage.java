package org.oa.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The payer list ({@code service-center/payers.xhtml}): search by name or payer ID, with suggestions. */
public final class PayersPage extends PortalFrame {

    PayersPage(WebDriver driver) {
        super(driver);
        waitFor("payerSearch");
    }

    /** Types into the search box (after what it holds). */
    public void typeTerm(String text) {
        type("term_input", text);
    }

    public void clearTerm() {
        driver.findElement(By.id("term_input")).clear();
    }

    /** Waits until the suggestions under the box contain {@code text}. */
    public void awaitSuggestion(String text) {
        await(d -> d.findElement(By.id("term_panel")).getText().contains(text));
    }

    /** Chooses the suggestion that contains {@code text}. */
    public void chooseSuggestion(String text) {
        driver.findElement(By.xpath("//*[@id='term_panel']//li[contains(., '" + text + "')]")).click();
    }

    public PayersPage search() {
        submit("search");
        return this;
    }

    /** Replaces the search term and searches. */
    public PayersPage searchFor(String term) {
        clearTerm();
        typeTerm(term);
        return search();
    }

    public int rows() {
        return all("#payers tbody tr").size();
    }

    /** The result table as text ("!" marks payers that require enrollment). */
    public String payers() {
        return text("payers");
    }

    public String noPayersMessage() {
        return text("no-payers");
    }
}
