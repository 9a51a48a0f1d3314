package org.oa.web.pages;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Enrollment ({@code service-center/enrollments.xhtml}): the payers that require it and the practice's requests. */
public final class EnrollmentsPage extends PortalFrame {

    EnrollmentsPage(WebDriver driver) {
        super(driver);
        waitFor("enrollmentsForm");
    }

    public String firstPayerId() {
        return firstRow().findElement(By.className("oa-payer-id")).getText();
    }

    public String firstStatus() {
        return firstRow().findElement(By.className("oa-enrollment-status")).getText();
    }

    /** Presses the first row's request button and waits for the page to come back. */
    public EnrollmentsPage requestFirst() {
        WebElement page = driver.findElement(By.tagName("html"));
        firstRow().findElement(By.tagName("input")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        return new EnrollmentsPage(driver);
    }

    private WebElement firstRow() {
        return all("#enrollments tbody tr").get(0);
    }
}
