package org.oa.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The claim form of Claim Fix and Online Claim Entry: boxes named after the claim's fields, the front-end edits
 * re-run while typing with their error beside each box, and Send.
 */
public abstract class ClaimForm extends PortalFrame {

    ClaimForm(WebDriver driver) {
        super(driver);
        waitFor("claimForm");
    }

    /** Types {@code value} into the box {@code id} (after what it holds). */
    public void type(String id, String value) {
        super.type(id, value);
    }

    /** Replaces what the box {@code id} holds with {@code value}. */
    public void retype(String id, String value) {
        replace(id, value);
    }

    public String valueOf(String id) {
        return driver.findElement(By.id(id)).getAttribute("value");
    }

    /** The error beside the box {@code id}, empty when its edits pass. */
    public String errorBeside(String id) {
        return text(id + "-error");
    }

    /** Waits until the error beside {@code id} contains {@code text} (empty: until the error is gone). */
    public void awaitErrorBeside(String id, String text) {
        await(d -> text.isEmpty() ? errorBeside(id).isEmpty() : errorBeside(id).contains(text));
    }

    /** Sends the claim: the page that follows (the claim's page when it was accepted). */
    public void send() {
        submit("send");
        waitFor(By.tagName("h1"));
    }

    /** Whether the page that followed Send is the claim's page. */
    public boolean sentToTheClaimPage() {
        return has("claim-status");
    }

    /** The errors the form still lists (after a Send that stayed on the form). */
    public String liveErrors() {
        return text("live-errors");
    }

    /** The claim's page after an accepted Send. */
    public ClaimPage claimPage() {
        return new ClaimPage(driver);
    }
}
