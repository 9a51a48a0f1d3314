package org.oa.web.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Manage Claims ({@code service-center/claims.xhtml}): every claim of the practice in a grid that the database
 * pages, sorts and filters.
 */
public final class ManageClaimsPage extends PortalFrame {

    private ManageClaimsPage(WebDriver driver) {
        super(driver);
    }

    /** Opens the grid, waiting for it. */
    public static ManageClaimsPage open(WebDriver driver) {
        driver.get(Site.url("service-center/claims.xhtml"));
        ManageClaimsPage page = new ManageClaimsPage(driver);
        page.waitFor("claims");
        return page;
    }

    /** Opens a bookmarked search ({@code claims.xhtml?q=...}) that finds claims. */
    public static ManageClaimsPage search(WebDriver driver, String query) {
        driver.get(Site.url("service-center/claims.xhtml?q=" + query));
        ManageClaimsPage page = new ManageClaimsPage(driver);
        page.waitFor("claims");
        return page;
    }

    /** Opens a bookmarked search that finds nothing: the page says so. */
    public static ManageClaimsPage searchFindingNothing(WebDriver driver, String query) {
        driver.get(Site.url("service-center/claims.xhtml?q=" + query));
        ManageClaimsPage page = new ManageClaimsPage(driver);
        page.waitFor("no-claims");
        return page;
    }

    /** The grid as text. */
    public String claims() {
        return text("claims");
    }

    /** The paginator's report, for example "1–25 of 30 claims". */
    public String pageReport() {
        return driver.findElement(By.cssSelector("#claims .ui-paginator-current")).getText();
    }

    public void awaitPageReport(String expected) {
        await(d -> pageReport().equals(expected));
    }

    public int rowsShown() {
        return all("#claims_data tr").size();
    }

    public void nextPage() {
        driver.findElement(By.cssSelector("#claims .ui-paginator-next")).click();
    }

    /** Clicks the heading of the column {@code heading} (sorts by it; again: the other way). */
    public void sortBy(String heading) {
        column(heading).click();
    }

    /** Waits until the first row's account number is {@code expected}. */
    public void awaitFirstAccount(String expected) {
        await(d -> d.findElement(By.cssSelector("#claims_data tr a.oa-claim-link")).getText().equals(expected));
    }

    /** Replaces the patient column's filter. */
    public void filterPatients(String text) {
        WebElement filter = driver.findElement(By.cssSelector("#claims th input.ui-column-filter"));
        filter.clear();
        filter.sendKeys(text);
    }

    /** Types into the filter of the column {@code heading}. */
    public void typeInFilter(String heading, String text) {
        column(heading).findElement(By.tagName("input")).sendKeys(text);
    }

    /** Deletes the last character of the filter of the column {@code heading}. */
    public void backspaceInFilter(String heading) {
        column(heading).findElement(By.tagName("input")).sendKeys(Keys.BACK_SPACE);
    }

    /** Waits until the grid's empty message contains {@code text}. */
    public void awaitNoClaimsMessage(String text) {
        await(d -> d.findElement(By.id("no-claims")).getText().contains(text));
    }

    /** Waits for the claim with this patient control number in the grid and opens it. */
    public ClaimPage openClaim(String patientControlNumber) {
        waitFor(By.linkText(patientControlNumber));
        driver.findElement(By.linkText(patientControlNumber)).click();
        return new ClaimPage(driver);
    }

    private WebElement column(String heading) {
        return driver.findElement(By.xpath("//th[.//span[normalize-space()='" + heading + "']]"));
    }
}
