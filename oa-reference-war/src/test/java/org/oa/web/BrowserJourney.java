package org.oa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.oa.core.claim.Claim;
import org.oa.web.infrastructure.payer.SyntheticClaims;
import org.oa.web.pages.AdministrationPage;
import org.oa.web.pages.ConfirmPage;
import org.oa.web.pages.DashboardPage;
import org.oa.web.pages.FileSummaryPage;
import org.oa.web.pages.LoginPage;
import org.oa.web.pages.SecurityPage;
import org.oa.web.pages.UploadPage;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The steps that browser journeys of every portal share, written once: signing in with a clean browser, uploading
 * a synthetic claim file, confirming it is you with an e-mailed code, reading a texted code from the demo outbox,
 * signing in "elsewhere" over HTTP, and putting a demo password back. One Chromium serves all journeys.
 */
abstract class BrowserJourney extends ContainerTest {

    private static final Random RANDOM = new Random();

    static WebDriver browser() throws IOException {
        return Browser.shared();
    }

    /** A browser without cookies on the login page of {@code portal}. */
    static LoginPage freshLogin(String portal) throws IOException {
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        return LoginPage.open(driver, portal);
    }

    /** {@code username} signed in to {@code portal} with the demo password in a browser without cookies. */
    static DashboardPage signedIn(String portal, String username) throws IOException {
        return freshLogin(portal).signIn(username, PASSWORD);
    }

    /** demo.admin in the Service Center, where the account's second role is Biller: chooses administrator. */
    static DashboardPage administratorInServiceCenter() throws IOException {
        return freshLogin("service-center").signInToChooseARole("demo.admin", PASSWORD)
                .choose("Practice administrator");
    }

    /** Opens the Upload page of the signed-in Service Center user and sends {@code file}. */
    static FileSummaryPage upload(Path file) throws IOException {
        return UploadPage.open(browser()).upload(file);
    }

    /** A synthetic 837P file with a random interchange control number, written to a temporary file. */
    static Path claimFile(String prefix, Claim... claims) throws IOException {
        return claimFile(prefix, 100_000 + RANDOM.nextInt(800_000), claims);
    }

    static Path claimFile(String prefix, long control, Claim... claims) throws IOException {
        Path file = Files.createTempFile(prefix, ".837");
        Files.write(file, SyntheticClaims.claimFile(control, claims));
        return file;
    }

    static int random(int bound) {
        return RANDOM.nextInt(bound);
    }

    /**
     * After an action on Account security that changes how the account signs in: the confirm page asks for a
     * code; gives it by e-mail and checks that it comes back to Account security, which says the change may go on.
     */
    static SecurityPage confirmItIsYouByEmail(String portal) throws Exception {
        ConfirmPage confirm = ConfirmPage.current(browser());
        assertThat(confirm.address()).endsWith("/oa/" + portal + "/confirm.xhtml?next=security.xhtml");
        int mailsBefore = Mailbox.count();
        confirm.emailMeACode();
        SecurityPage security = confirm.confirmToAccountSecurity(Mailbox.codeAfter(mailsBefore));
        assertThat(security.address()).endsWith("/oa/" + portal + "/security.xhtml");
        assertThat(security.stepUpNote()).contains("You confirmed it is you");
        return security;
    }

    /**
     * Reads the code of the newest text message to {@code number} that contains {@code phrase} from the demo SMS
     * outbox on demo.admin's Administration page, then gives the browser back its own session and opens {@code page}.
     */
    static String textedCode(String number, String phrase, String page) throws IOException {
        WebDriver driver = browser();
        Cookie ownSession = driver.manage().getCookieNamed("JSESSIONID");
        DashboardPage admin = signedIn("practice-mate", "demo.admin");
        String text = AdministrationPage.openSmsOutbox(driver, "practice-mate").textMessageTo(number, phrase);
        assertThat(text).as("a text message to the number in the demo outbox").isNotNull();
        Matcher digits = Pattern.compile("is ([0-9]{6})\\.").matcher(text);
        assertThat(digits.find()).as("the text carries the code").isTrue();
        admin.signOutFromTheDashboard();
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(ownSession);
        driver.get(url(page));
        new WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("body")));
        return digits.group(1);
    }

    /**
     * Signs in to a portal with an HTTP client of its own (another browser, as far as the server can tell) and
     * checks that it sees the dashboard.
     */
    static HttpClient signInElsewhere(String portal, String username, String password) throws Exception {
        HttpClient elsewhere = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> signedIn = elsewhere.send(HttpRequest.newBuilder(URI.create(url(portal + "/login.xhtml")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(PortalHttp.form("login", "login", "username", username,
                        "password", password, "signIn", "Sign in", "jakarta.faces.ViewState", "stateless")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/oa/" + portal + "/index.xhtml"));
        assertThat(dashboardStatus(elsewhere, portal)).isEqualTo(200);
        return elsewhere;
    }

    /** The status of the portal's dashboard for this client: 200 when signed in, 302 to the login page if not. */
    static int dashboardStatus(HttpClient client, String portal) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(portal + "/index.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /**
     * On Account security, changes the signed-in user's password from {@code current} back to the demo password:
     * the policy refuses the last 24 and any retired in the last day, so it cycles through fresh ones first. The
     * container test classes share one database, so a test leaves the demo accounts as it found them.
     */
    static void restoreDemoPassword(SecurityPage security, String current, String prefix) {
        boolean restored = false;
        for (int i = 1; i <= 26 && !restored; i++) {
            String next = prefix + (7100 + i);
            security.changePassword(current, next);
            assertThat(security.info()).contains("password was changed");
            current = next;
            if (i >= 4) {
                security.changePassword(current, PASSWORD);
                restored = !security.showsAnError();
            }
        }
        assertThat(restored).as("original password restored").isTrue();
    }
}
