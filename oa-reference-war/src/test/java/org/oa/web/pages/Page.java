package org.oa.web.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page offers: its messages, its address, a screenshot, and the waits for the next page. */
public abstract class Page {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    protected final WebDriver driver;

    protected Page(WebDriver driver) {
        this.driver = driver;
    }

    /** The text of the first {@code .oa-info} message. */
    public String info() {
        return driver.findElement(By.className("oa-info")).getText();
    }

    /** The text of the first {@code .oa-error} message. */
    public String error() {
        return driver.findElement(By.className("oa-error")).getText();
    }

    public boolean showsAnError() {
        return !driver.findElements(By.className("oa-error")).isEmpty();
    }

    /** The page's message area ({@code #messages}). */
    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    public String address() {
        return driver.getCurrentUrl();
    }

    public String source() {
        return driver.getPageSource();
    }

    /** Whether an element with this ID is on the page. */
    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** The session cookie as a request header value, {@code JSESSIONID=...}. */
    public String sessionCookie() {
        return "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** GET {@code address} outside the browser with this browser's session cookie. */
    public HttpResponse<String> downloadWithThisSession(String address) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                .header("Cookie", sessionCookie()).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Saves what the browser shows as {@code name}.png in the screenshots folder. */
    public void screenshot(String name) {
        try {
            Files.createDirectories(Site.SCREENSHOTS);
            Files.write(Site.SCREENSHOTS.resolve(name + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resizes the window to {@code width} (900 px high) and returns how far the page then scrolls sideways. */
    public long sidewaysScrollAt(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        return (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    /** Back to the desktop width the tests use. */
    public void restoreDesktopWidth() {
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    protected String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    protected void type(String id, String text) {
        driver.findElement(By.id(id)).sendKeys(text);
    }

    protected void replace(String id, String text) {
        WebElement box = driver.findElement(By.id(id));
        box.clear();
        box.sendKeys(text);
    }

    /**
     * Replaces a box's text with keystrokes, as a user does (select all, delete, type). For PrimeFaces date pickers:
     * WebDriver's {@code clear()} fires a synthetic change event that sends the picker's handlers into endless
     * recursion ("Maximum call stack size exceeded" in the browser log); keystrokes do not.
     */
    protected void retype(String id, String text) {
        WebElement box = driver.findElement(By.id(id));
        box.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                org.openqa.selenium.Keys.BACK_SPACE);
        box.sendKeys(text);
    }

    protected void click(String id) {
        driver.findElement(By.id(id)).click();
    }

    protected List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    protected void waitFor(By locator) {
        waitFor(driver, locator);
    }

    protected static void waitFor(WebDriver driver, By locator) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    protected void waitFor(String id) {
        waitFor(By.id(id));
    }

    /** Clicks a button that submits a form and waits until the next page has replaced this one. */
    protected void submit(String buttonId) {
        submit(driver, By.id(buttonId));
    }

    protected static void submit(WebDriver driver, By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        // Chromium reports a replaced document either as a stale element or as "node does not belong to the
        // document": both mean the next page is there.
        new WebDriverWait(driver, PATIENCE).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException replaced) {
                return true;
            }
        });
        waitFor(driver, By.tagName("body"));
    }

    /** Waits up to 15 s for {@code condition}, retrying while the page redraws the elements it reads. */
    protected void await(java.util.function.Predicate<WebDriver> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                return condition.test(d);
            } catch (WebDriverException redrawn) {
                return false;
            }
        });
    }
}
