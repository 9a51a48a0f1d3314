package org.oa.web.pages;

import org.openqa.selenium.WebDriver;

/** Claim Fix ({@code service-center/claim-form.xhtml} for a rejected claim): a rejected claim in the claim form, its errors shown. */
public final class ClaimFixPage extends ClaimForm {

    ClaimFixPage(WebDriver driver) {
        super(driver);
    }
}
