package org.oa.web.pages;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Online Claim Entry ({@code service-center/claim-form.xhtml} for a new claim): a new claim typed into the claim
 * form, a draft kept while the user is away.
 */
public final class ClaimEntryPage extends ClaimForm {

    ClaimEntryPage(WebDriver driver) {
        super(driver);
    }

    /** Waits for the notice that a draft was restored; returns it. */
    public String awaitDraftNotice() {
        await(d -> d.findElement(org.openqa.selenium.By.id("draft-notice")).isDisplayed());
        return text("draft-notice");
    }

    /** Sets a date box through script (date inputs take the browser's locale order); {@code isoDate} yyyy-mm-dd. */
    public void setDate(String id, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value=arguments[1];", id,
                isoDate);
    }
}
