package org.oa.web.pages;

import org.openqa.selenium.WebDriver;

/** Claim Fix ({@code service-center/claim-form.xhtml} for a rejected claim): the claim form with its errors. */
public final class ClaimFixPage extends ClaimForm {

    ClaimFixPage(WebDriver driver) {
        super(driver);
    }
}
