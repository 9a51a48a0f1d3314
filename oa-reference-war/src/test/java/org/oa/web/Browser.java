package org.oa.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts Debian's Chromium through Debian's chromedriver (so Selenium Manager never tries to download one).
 * Without Chromium the browser tests are skipped with a message, unless {@code CI=true}, where they are required.
 */
final class Browser {

    /** The one browser of the browser tests, started on first use and quit after the last test class. */
    private static ChromeDriver shared;

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    /** Skips (or, on CI, fails) the calling test when Chromium or its driver is missing. */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but Chromium is missing: install the Debian packages "
                    + "chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        }
        Assumptions.assumeTrue(present, "Browser tests skipped: /usr/bin/chromium and /usr/bin/chromedriver not found "
                + "(apt-get install -y chromium chromium-driver)");
    }

    /** The shared browser (started now if it is not running). */
    static synchronized ChromeDriver shared() throws java.io.IOException {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    static synchronized void quitShared() {
        if (shared != null) {
            shared.quit();
            shared = null;
        }
    }

    /** A fresh headless Chromium with its own empty profile. */
    static ChromeDriver start() throws java.io.IOException {
        requireChromium();
        Path profile = Files.createTempDirectory("oa-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Keep the console, so tests can check that the content security policy blocked nothing.
        org.openqa.selenium.logging.LoggingPreferences logs = new org.openqa.selenium.logging.LoggingPreferences();
        logs.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }
}
