package org.oa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.oa.core.remittance.ClaimPayment;
import org.oa.core.remittance.Remittance;
import org.oa.edi.claims.RemittanceMapping;
import org.oa.edi.document.ClaimAcknowledgment;
import org.oa.edi.document.RemittanceTransaction;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.validation.X12Validator;
import org.oa.web.infrastructure.payer.SyntheticClaims;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The walking skeleton end to end: the real WAR on Payara Micro with embedded Derby and demo data, checked over
 * HTTP and in Debian's Chromium. One class, so the server boots once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceDeploymentIT {

    /** A real SMTP server in this JVM on loopback; the deployment sends its mail here. */
    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(new ServerSetup(
            Integer.parseInt(System.getProperty("oa.it.smtp.port")), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    private static final String PASSWORD = System.getProperty("oa.it.password");
    private static final String REFUSAL = "The username or password is incorrect for this portal.";
    private static final Path SCREENSHOTS = Path.of(System.getProperty("oa.screenshots", "target/screenshots"));

    private static ChromeDriver browser;

    @ArquillianResource
    URL deploymentUrl;

    @Deployment(testable = false)
    static WebArchive referenceWar() {
        return ShrinkWrap.create(ZipImporter.class, "oa.war")
                .importFrom(new File(System.getProperty("oa.war")))
                .as(WebArchive.class);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    // ---- over HTTP -------------------------------------------------------------------------------------------

    @Test
    void landingPageSendsEachKindOfUserToTheirPortal() throws Exception {
        HttpResponse<String> landing = get("");
        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.body())
                .contains("Service Center", "Practice Mate", "EHR 24/7", "Patient Ally")
                .contains("/oa/service-center/", "/oa/practice-mate/", "/oa/ehr/", "/oa/patient/");
    }

    @Test
    void anonymousVisitorOfEachPortalIsSentToThatPortalsLoginPage() throws Exception {
        for (String portal : List.of("service-center", "practice-mate", "ehr", "patient")) {
            HttpResponse<String> dashboard = get(portal + "/");
            assertThat(dashboard.statusCode()).as(portal).isEqualTo(302);
            assertThat(dashboard.headers().firstValue("Location")).as(portal)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/oa/" + portal + "/login.xhtml"));

            HttpResponse<String> login = get(portal + "/login.xhtml");
            assertThat(login.statusCode()).as(portal).isEqualTo(200);
            assertThat(login.body()).as(portal)
                    .contains("id=\"username\"", "type=\"password\"", "id=\"password\"")
                    .contains("value=\"stateless\"");
        }
    }

    @Test
    void pagesCarrySecurityHeadersAndNoSessionIdInUrls() throws Exception {
        HttpResponse<String> login = get("ehr/login.xhtml");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void unknownPageGivesAFriendlyNotFoundPage() throws Exception {
        HttpResponse<String> missing = get("no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        // No stack trace (PrimeFaces' settings script names ViewExpiredException's error page; that is not one).
        assertThat(missing.body()).contains("Page not found").doesNotContain("Exception:", "\tat ", "at org.");
    }

    @Test
    void everySocketOfTheServerListensOnLoopbackOnly() throws Exception {
        Path procNet = Path.of("/proc/net/tcp");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(procNet), "needs Linux /proc");
        ProcessHandle payara = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro.jar"))
                .filter(p -> p.info().commandLine().orElse("").contains("--deploy"))
                .findFirst().orElseThrow(() -> new AssertionError("Payara Micro process not found"));
        Set<String> socketInodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(payara.pid()), "fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        socketInodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // The descriptor closed between listing and reading it: not a listening socket.
                }
            });
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            List<String> lines = Files.readAllLines(Path.of(table)); // read once: the table changes all the time
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                boolean listen = f[3].equals("0A");
                if (listen && socketInodes.contains(f[9])) {
                    listening.add(f[1]);
                }
            }
        }
        assertThat(listening).as("listening sockets of Payara Micro (hex address:port)").isNotEmpty();
        assertThat(listening).allSatisfy(address -> assertThat(isLoopback(address.split(":")[0]))
                .as("socket %s is bound to loopback", address).isTrue());
    }

    // ---- over SFTP ------------------------------------------------------------------------------------------

    @Test
    void practiceSoftwareSendsClaimsOverSftpAndFetchesFileSummaryAcknowledgmentsStatusAndEra() throws Exception {
        int port = Integer.parseInt(System.getProperty("oa.it.sftp.port"));
        long control = 100_000 + new java.util.Random().nextInt(800_000);
        Path upload = Files.createTempFile("claims-", ".837");
        Files.write(upload, SyntheticClaims.claimFile(control,
                SyntheticClaims.officeVisit(1, "SFTP-PAID", "XQZ100000001"),
                SyntheticClaims.professional(2, "SFTP-DENIED", "XQZ100000002",
                        SyntheticClaims.line("L1", "99214", "180.00", "GY")),
                SyntheticClaims.officeVisit(3, "SFTP-NOCOV", "NOCOV0000003")));
        OpenSshSftp.Run run = OpenSshSftp.batch(port, "demo-sftp", PASSWORD,
                "cd inbound", "put " + upload + " sftp-claims.837", "cd ..", "ls -1");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("inbound", "outbound");

        // The practice software polls outbound/ until the ERA is there: intake, SIM01's 277CA and 835 follow.
        Path fetched = Files.createTempDirectory("outbound-");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Path eraFile = null;
        while (eraFile == null && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            OpenSshSftp.Run get = OpenSshSftp.batch(port, "demo-sftp", PASSWORD, "cd outbound", "lcd " + fetched,
                    "get *");
            assertThat(get.exitCode()).as(get.output()).isZero();
            eraFile = containing(fetched, "_ERA_835_5010_", "SFTP-PAID");
        }
        assertThat(eraFile).as("an ERA for the claims sent appears in outbound/").isNotNull();
        Path summaryFile = containing(fetched, "FS_HCFA_", "File name:     sftp-claims.837");
        String summary = Files.readString(summaryFile);
        assertThat(summary).contains("Status:        PROCESSED", "accepted 3", "rejected 0");
        String fileId = summaryFile.getFileName().toString().replace("FS_HCFA_", "").replace("_IN_C.txt", "");
        assertThat(Files.readString(fetched.resolve(fileId + "_sftp-claims.837_999.999"))).contains("AK9*A*1*1*1");
        Path ack277 = containing(fetched, fileId + "_HCFA_277ca_", "");
        ClaimAcknowledgment clearinghouse277 = (ClaimAcknowledgment) documents(ack277).get(0);
        assertThat(clearinghouse277.claims()).hasSize(3).allSatisfy(c -> assertThat(c.accepted()).isTrue());
        String status = Files.readString(containing(fetched, "_EDI_STATUS_", "SFTP-PAID"));
        assertThat(status).containsPattern("SFTP-NOCOV +REJECTED +A7:33")
                .containsPattern("SFTP-PAID +ACCEPTED +A2:20 +SIM\\d+");

        RemittanceTransaction era = (RemittanceTransaction) documents(eraFile).get(0);
        Remittance remittance = RemittanceMapping.toCore(era, SyntheticClaims.PRACTICE);
        assertThat(remittance.isBalanced()).isTrue();
        List<ClaimPayment> ours = remittance.claims().stream()
                .filter(c -> c.patientControlNumber().startsWith("SFTP-")).toList();
        assertThat(ours).extracting(ClaimPayment::patientControlNumber)
                .containsExactlyInAnyOrder("SFTP-PAID", "SFTP-DENIED");
        // 80% allowed less 20% coinsurance: 150.00 -> 96.00 and 50.00 -> 32.00; the GY line is denied.
        assertThat(ours.stream().map(ClaimPayment::paid).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                .isEqualByComparingTo("128.00");

        OpenSshSftp.Run webPassword = OpenSshSftp.batch(port, "demo.biller", PASSWORD, "ls");
        assertThat(webPassword.exitCode()).as("a web login never opens SFTP").isNotZero();
        OpenSshSftp.Run wrongSecret = OpenSshSftp.batch(port, "demo-sftp", PASSWORD + "x", "ls");
        assertThat(wrongSecret.exitCode()).isNotZero();
    }

    /** The file in {@code dir} whose name contains {@code name} and whose content contains {@code text}, or null. */
    private static Path containing(Path dir, String name, String text) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().contains(name)).toList()) {
                if (Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1).contains(text)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static List<TransactionDocument> documents(Path x12) throws IOException {
        try (var in = Files.newInputStream(x12)) {
            return X12Validator.newValidator().read(in).interchanges().stream()
                    .flatMap(i -> i.groups().stream()).flatMap(g -> g.transactions().stream()).toList();
        }
    }

    // ---- in a real browser -----------------------------------------------------------------------------------

    @Test
    void eachDemoAccountSignsInToItsOwnPortalAndSignsOut() throws Exception {
        record Expected(String portal, String username, String name, String role, String practice) {
        }
        List<Expected> accounts = List.of(
                new Expected("service-center", "demo.biller", "Morgan Biller", "Biller", "Sunrise Family Medicine"),
                new Expected("practice-mate", "demo.frontdesk", "Jordan Frontdesk", "Front desk",
                        "Sunrise Family Medicine"),
                new Expected("patient", "demo.patient", "Casey Patient", "Patient", "none (patient account)"),
                new Expected("practice-mate", "demo.admin", "Riley Admin", "Practice administrator",
                        "Sunrise Family Medicine"));
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        Files.createDirectories(SCREENSHOTS);
        for (Expected account : accounts) {
            driver.get(url(account.portal() + "/"));
            assertThat(driver.getCurrentUrl()).endsWith("/oa/" + account.portal() + "/login.xhtml");
            Files.write(SCREENSHOTS.resolve(account.portal() + "-login.png"), browser.getScreenshotAs(OutputType.BYTES));
            signIn(driver, account.username(), PASSWORD);

            waitFor(driver, By.id("user-name"));
            assertThat(driver.getCurrentUrl()).endsWith("/oa/" + account.portal() + "/index.xhtml");
            assertThat(driver.findElement(By.id("user-name")).getText()).isEqualTo(account.name());
            assertThat(driver.findElement(By.id("user-role")).getText()).isEqualTo(account.role());
            assertThat(driver.findElement(By.id("user-practice")).getText()).isEqualTo(account.practice());
            assertThat(driver.findElement(By.id("portal-menu")).getText()).as("the portal's own menu")
                    .contains("Dashboard", "Account security");
            assertThat(driver.findElement(By.id("frame-user")).getText()).contains(account.name());
            if (!account.username().equals("demo.admin")) { // the admin's portal already has its picture
                Files.write(SCREENSHOTS.resolve(account.portal() + ".png"), browser.getScreenshotAs(OutputType.BYTES));
                // Tablet and phone widths: the dashboard, its menu and sign-out fit without sideways scrolling.
                for (int width : new int[] {768, 390}) {
                    driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
                    long overflow = (Long) browser.executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    assertThat(overflow).as(account.portal() + " at " + width + " px scrolls sideways by").isZero();
                    assertThat(driver.findElement(By.id("signOut")).isDisplayed()).isTrue();
                    Files.write(SCREENSHOTS.resolve(account.portal() + "-" + width + ".png"),
                            browser.getScreenshotAs(OutputType.BYTES));
                }
                driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
            }

            driver.findElement(By.id("signOut")).click();
            waitFor(driver, By.id("notice"));
            assertThat(driver.findElement(By.id("notice")).getText()).contains("You have signed out.");
            driver.get(url(account.portal() + "/index.xhtml"));
            assertThat(driver.getCurrentUrl()).as("after sign-out the dashboard is closed")
                    .endsWith("/oa/" + account.portal() + "/login.xhtml");
        }
        Files.write(SCREENSHOTS.resolve("landing.png"), screenshotOf(url("")));
        assertThat(driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
                .extracting(org.openqa.selenium.logging.LogEntry::getMessage)
                .as("the content security policy blocked nothing and no script failed")
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Uncaught"));
    }

    @Test
    void wrongPortalWrongPasswordAndUnknownUserAreRefusedAlike() throws Exception {
        WebDriver driver = browser();
        List<String[]> attempts = List.of(
                new String[] {"ehr", "demo.biller", PASSWORD},                 // valid credentials, wrong portal
                new String[] {"patient", "demo.clinician", PASSWORD},          // valid credentials, wrong portal
                new String[] {"service-center", "demo.biller", PASSWORD + "x"}, // wrong password
                new String[] {"service-center", "demo.biller", PASSWORD.toUpperCase()}, // case matters
                new String[] {"service-center", "no.such.user", PASSWORD});    // unknown user
        Set<String> pagesSeen = new HashSet<>();
        for (String[] attempt : attempts) {
            driver.manage().deleteAllCookies();
            driver.get(url(attempt[0] + "/login.xhtml"));
            signIn(driver, attempt[1], attempt[2]);
            waitFor(driver, By.className("oa-error"));
            assertThat(driver.findElement(By.className("oa-error")).getText()).isEqualTo(REFUSAL);
            assertThat(driver.getCurrentUrl()).contains("/oa/" + attempt[0] + "/login.xhtml");
            assertThat(driver.findElements(By.id("user-name"))).isEmpty();
            pagesSeen.add(driver.findElement(By.id("messages")).getText());
        }
        assertThat(pagesSeen).as("every refusal reads the same").hasSize(1);
    }

    @Test
    void loginPageWarnsAboutLeadingOrTrailingSpaces() throws Exception {
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("service-center/login.xhtml"));
        assertThat(driver.findElement(By.id("password-spaces")).isDisplayed()).isFalse();
        driver.findElement(By.id("password")).sendKeys("secret ");
        assertThat(driver.findElement(By.id("password-spaces")).isDisplayed()).isTrue();
        driver.findElement(By.id("username")).sendKeys(" demo.biller");
        assertThat(driver.findElement(By.id("username-spaces")).isDisplayed()).isTrue();
    }

    @Test
    void clinicianSignsInToEhrWithAnAuthenticatorCodeReEnrolsAndFallsBackToRecoveryAndEmailCodes() throws Exception {
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("ehr/"));
        signIn(driver, "demo.clinician", PASSWORD);
        waitFor(driver, By.id("code"));
        assertThat(driver.getCurrentUrl()).as("EHR 24/7 asks for the second factor")
                .endsWith("/oa/ehr/second-factor.xhtml");
        assertThat(driver.findElement(By.id("code")).getAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(driver.findElements(By.id("remember"))).as("EHR never skips the code").isEmpty();
        // Attack: with the password alone, open the enrol page to swap in an app of one's own.
        driver.get(url("ehr/enrol-authenticator.xhtml"));
        assertThat(driver.findElements(By.id("totp-secret"))).as("no new secret for a password alone").isEmpty();
        assertThat(driver.getCurrentUrl()).doesNotContain("enrol-authenticator");
        driver.get(url("ehr/index.xhtml"));
        assertThat(driver.getCurrentUrl()).as("no dashboard before the second factor")
                .endsWith("/oa/ehr/login.xhtml");
        signIn(driver, "demo.clinician", PASSWORD);
        waitFor(driver, By.id("code"));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("ehr-second-factor.png"), browser.getScreenshotAs(OutputType.BYTES));
        // Debian's oathtool plays the authenticator app holding the demo secret.
        driver.findElement(By.id("code")).sendKeys(Oathtool.totp(System.getProperty("oa.it.totp-secret")));
        submit(driver, By.id("verify"));
        waitFor(driver, By.id("user-name"));
        assertThat(driver.findElement(By.id("user-name")).getText()).isEqualTo("Dr. Avery Stone");
        assertThat(driver.findElement(By.id("user-role")).getText()).isEqualTo("Clinician");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("ehr.png"), browser.getScreenshotAs(OutputType.BYTES));

        // Lost phone: remove the app (after confirming it is you); EHR 24/7 then makes the next sign-in enrol one.
        driver.findElement(By.id("account-security")).click();
        waitFor(driver, By.id("removeAuthenticator"));
        submit(driver, By.id("removeAuthenticator"));
        confirmItIsYouByEmail(driver, "ehr");
        assertThat(driver.findElements(By.id("removeAuthenticator"))).as("not removed before the code").isNotEmpty();
        int mailsBeforeRemoval = MAIL.getReceivedMessages().length;
        submit(driver, By.id("removeAuthenticator"));
        assertThat(driver.findElement(By.className("oa-info")).getText()).contains("set one up at your next sign-in");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(
                DemoSessions.mailAfter(MAIL, mailsBeforeRemoval, "A sign-in setting of your OA account changed")).replace("=\r\n", ""))
                .as("the owner hears of it").contains("authenticator app was removed");
        driver.get(url("ehr/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
        signIn(driver, "demo.clinician", PASSWORD);
        waitFor(driver, By.id("code"));
        assertThat(driver.getCurrentUrl()).endsWith("/oa/ehr/enrol-authenticator.xhtml");
        assertThat(driver.findElement(By.id("totp-qr")).getAttribute("src")).startsWith("data:image/png;base64,");
        String secret = driver.findElement(By.id("totp-secret")).getText();
        assertThat(secret).isNotEqualTo(System.getProperty("oa.it.totp-secret"));

        driver.findElement(By.id("code")).sendKeys("000000");
        driver.findElement(By.id("confirm")).click();
        waitFor(driver, By.className("oa-error"));

        int mailsBeforeEnrolment = MAIL.getReceivedMessages().length;
        driver.findElement(By.id("code")).sendKeys(Oathtool.totp(secret));
        driver.findElement(By.id("confirm")).click();
        waitFor(driver, By.id("recovery-codes"));
        List<String> recoveryCodes = driver.findElements(By.cssSelector("#recovery-codes code")).stream()
                .map(e -> e.getText()).toList();
        assertThat(recoveryCodes).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(
                DemoSessions.mailAfter(MAIL, mailsBeforeEnrolment, "A sign-in setting of your OA account changed")
                ).replace("=\r\n", "")).contains("authenticator app was set up");
        driver.findElement(By.id("proceed")).click();
        waitFor(driver, By.id("user-name"));
        assertThat(driver.findElement(By.id("user-name")).getText()).isEqualTo("Dr. Avery Stone");
        assertThat(driver.findElement(By.id("user-role")).getText()).isEqualTo("Clinician");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("ehr.png"), browser.getScreenshotAs(OutputType.BYTES));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));

        // Next sign-in: the second-factor page; the same time step is spent, so use a recovery code.
        driver.get(url("ehr/login.xhtml"));
        signIn(driver, "demo.clinician", PASSWORD);
        waitFor(driver, By.id("code"));
        assertThat(driver.getCurrentUrl()).endsWith("/oa/ehr/second-factor.xhtml");
        driver.findElement(By.id("code")).sendKeys(recoveryCodes.get(0));
        driver.findElement(By.id("verify")).click();
        waitFor(driver, By.id("user-name"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));

        // A recovery code works once.
        driver.get(url("ehr/login.xhtml"));
        signIn(driver, "demo.clinician", PASSWORD);
        waitFor(driver, By.id("code"));
        driver.findElement(By.id("code")).sendKeys(recoveryCodes.get(0));
        driver.findElement(By.id("verify")).click();
        waitFor(driver, By.className("oa-error"));
        assertThat(driver.findElements(By.id("user-name"))).isEmpty();

        // No phone at hand: a code by e-mail.
        int mailsBeforeCode = MAIL.getReceivedMessages().length;
        submit(driver, By.id("emailCode"));
        assertThat(driver.findElement(By.className("oa-info")).getText())
                .contains("We sent a code to d***@sunrise.example", "spam");
        MimeMessage mail = DemoSessions.mailAfter(MAIL, mailsBeforeCode, "Your OA sign-in code");
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("code is ([0-9]{6})")
                .matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail));
        assertThat(code.find()).isTrue();
        driver.findElement(By.id("code")).sendKeys(code.group(1));
        submit(driver, By.id("verify"));
        waitFor(driver, By.id("user-name"));
        assertThat(driver.findElement(By.id("user-name")).getText()).isEqualTo("Dr. Avery Stone");
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    /**
     * Sign-in codes by text message, end to end. The container tests configure no SMS gateway, so texts land in the
     * demo outbox that demo.admin reads on the Administration page. demo.patient adds a synthetic number, confirms it
     * with the texted code, signs in with a texted code, and removes the number again (as the later tests expect).
     */
    @Test
    void patientConfirmsAMobileNumberByTextAndThenSignsInWithATextedCode() throws Exception {
        String masked = "\u2022\u2022\u2022\u2022 \u2022\u2022\u20220123";
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("patient/login.xhtml"));
        signIn(driver, "demo.patient", PASSWORD);
        waitFor(driver, By.id("user-name"));
        driver.findElement(By.id("account-security")).click();
        waitFor(driver, By.id("addPhone"));
        assertThat(driver.findElement(By.id("phone-status")).getText()).contains("No mobile number");

        driver.findElement(By.id("phone")).sendKeys("+1 (555) 010-0123");
        submit(driver, By.id("addPhone"));
        confirmItIsYouByEmail(driver, "patient");
        assertThat(driver.findElement(By.id("phone-status")).getText()).as("nothing sent before the code")
                .contains("No mobile number");
        assertThat(driver.findElements(By.id("phoneCode"))).isEmpty();
        driver.findElement(By.id("phone")).sendKeys("555-CALL-NOW");
        submit(driver, By.id("addPhone"));
        assertThat(driver.findElement(By.className("oa-error")).getText()).contains("no letters");
        assertThat(driver.findElements(By.id("phoneCode"))).as("nothing waits for a code").isEmpty();

        driver.findElement(By.id("phone")).clear();
        driver.findElement(By.id("phone")).sendKeys("+1 (555) 010-0123");
        submit(driver, By.id("addPhone"));
        assertThat(driver.findElement(By.className("oa-info")).getText()).contains("Code sent to " + masked);
        assertThat(driver.findElement(By.id("phone-status")).getText()).as("not in use before it is confirmed")
                .contains("No mobile number");
        assertThat(driver.findElement(By.id("phoneCode")).getAttribute("autocomplete")).isEqualTo("one-time-code");
        assertThat(driver.getPageSource()).as("the page shows the number masked").doesNotContain("010-0123")
                .doesNotContain("5550100123");
        String confirmation = textedCode(driver, "+15550100123", "confirm this phone number", "patient/security.xhtml");
        waitFor(driver, By.id("phoneCode"));
        driver.findElement(By.id("phoneCode")).sendKeys(confirmation);
        submit(driver, By.id("confirmPhone"));
        assertThat(driver.findElement(By.className("oa-info")).getText()).contains("mobile number is confirmed");
        assertThat(driver.findElement(By.id("phone-confirmed")).getText()).isEqualTo(masked);
        Files.createDirectories(SCREENSHOTS);
        browser.executeScript("document.getElementById('phone-section').scrollIntoView()");
        Files.write(SCREENSHOTS.resolve("patient-security-phone.png"), browser.getScreenshotAs(OutputType.BYTES));
        driver.get(url("patient/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));

        // With a confirmed number, signing in asks for a code; "text me a code" sends one to it.
        signIn(driver, "demo.patient", PASSWORD);
        waitFor(driver, By.id("code"));
        assertThat(driver.getCurrentUrl()).endsWith("/oa/patient/second-factor.xhtml");
        assertThat(driver.findElement(By.id("code")).getAttribute("autocomplete")).isEqualTo("one-time-code");
        submit(driver, By.id("textCode"));
        assertThat(driver.findElement(By.className("oa-info")).getText())
                .contains("Code sent to " + masked, "10 minutes", "can take a minute", "still your number");
        Files.write(SCREENSHOTS.resolve("patient-second-factor-sms.png"), browser.getScreenshotAs(OutputType.BYTES));
        submit(driver, By.id("textCode"));
        assertThat(driver.findElement(By.className("oa-info")).getText()).as("resends are throttled")
                .contains("You can ask for another in");
        String signInCode = textedCode(driver, "+15550100123", "sign-in code", "patient/second-factor.xhtml");
        waitFor(driver, By.id("code"));
        driver.findElement(By.id("code")).sendKeys(signInCode);
        submit(driver, By.id("verify"));
        waitFor(driver, By.id("user-name"));
        assertThat(driver.findElement(By.id("user-name")).getText()).isEqualTo("Casey Patient");

        // Remove the number: signing in needs only the password again.
        driver.findElement(By.id("account-security")).click();
        waitFor(driver, By.id("removePhone"));
        submit(driver, By.id("removePhone"));
        confirmItIsYouByEmail(driver, "patient");
        assertThat(driver.findElement(By.id("phone-confirmed")).getText()).as("kept until the code is given")
                .isEqualTo(masked);
        submit(driver, By.id("removePhone"));
        assertThat(driver.findElement(By.className("oa-info")).getText()).contains("mobile number was removed");
        assertThat(driver.findElement(By.id("phone-status")).getText()).contains("No mobile number");
        driver.get(url("patient/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
        signIn(driver, "demo.patient", PASSWORD);
        waitFor(driver, By.id("user-name"));
        assertThat(driver.getCurrentUrl()).endsWith("/oa/patient/index.xhtml");
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    /**
     * Reads the code of the newest text message to {@code number} that contains {@code phrase} from the demo SMS
     * outbox on demo.admin's Administration page, then gives the browser back its own session and opens {@code page}.
     */
    private String textedCode(WebDriver driver, String number, String phrase, String page) {
        org.openqa.selenium.Cookie ownSession = driver.manage().getCookieNamed("JSESSIONID");
        driver.manage().deleteAllCookies();
        driver.get(url("practice-mate/login.xhtml"));
        signIn(driver, "demo.admin", PASSWORD);
        waitFor(driver, By.id("user-role"));
        driver.get(url("practice-mate/admin.xhtml"));
        waitFor(driver, By.id("sms-outbox"));
        String code = null;
        for (org.openqa.selenium.WebElement message : driver.findElements(By.cssSelector("#sms-outbox .oa-sms"))) {
            String text = message.findElement(By.className("oa-sms-text")).getText();
            if (message.findElement(By.className("oa-sms-to")).getText().equals(number) && text.contains(phrase)) {
                java.util.regex.Matcher digits = java.util.regex.Pattern.compile("is ([0-9]{6})\\.").matcher(text);
                assertThat(digits.find()).as("the text carries the code").isTrue();
                code = digits.group(1);
                break;
            }
        }
        assertThat(code).as("a text message to the number in the demo outbox").isNotNull();
        driver.get(url("practice-mate/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(ownSession);
        driver.get(url(page));
        waitFor(driver, By.tagName("body"));
        return code;
    }

    @Test
    void billerLooksUpAPayerByNameOrIdAndSeesWhereEnrollmentIsRequired() throws Exception {
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("service-center/login.xhtml"));
        signIn(driver, "demo.biller", PASSWORD);
        waitFor(driver, By.id("payer-list"));
        driver.findElement(By.id("payer-list")).click();
        waitFor(driver, By.id("payerSearch"));
        // Suggestions while typing (PrimeFaces autocomplete): choosing one searches by its payer ID.
        driver.findElement(By.id("term_input")).sendKeys("simula");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("term_panel")).getText()
                .contains("SIM01 · OA Simulated Health Plan"));
        driver.findElement(By.xpath("//*[@id='term_panel']//li[contains(., 'SIM01')]")).click();
        submit(driver, By.id("search"));
        assertThat(driver.findElements(By.cssSelector("#payers tbody tr"))).hasSize(1);
        assertThat(driver.findElement(By.id("payers")).getText())
                .contains("SIM01", "OA Simulated Health Plan", "837P", "837I", "835").doesNotContain("!");

        driver.findElement(By.id("term_input")).clear();
        driver.findElement(By.id("term_input")).sendKeys("medicare");
        submit(driver, By.id("search"));
        assertThat(driver.findElements(By.cssSelector("#payers tbody tr"))).hasSizeGreaterThan(1);
        assertThat(driver.findElement(By.id("payers")).getText()).contains(" !");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("service-center-payers.png"), browser.getScreenshotAs(OutputType.BYTES));

        driver.findElement(By.id("term_input")).clear();
        driver.findElement(By.id("term_input")).sendKeys("no payer is called this");
        submit(driver, By.id("search"));
        assertThat(driver.findElement(By.id("no-payers")).getText()).contains("No payer matches");
        driver.get(url("service-center/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    @Test
    void billerUploadsAFileReadsTheRejectedClaimsErrorAndDownloadsThe999() throws Exception {
        Path upload = Files.createTempFile("upload-", ".837");
        long control = 100_000 + new java.util.Random().nextInt(800_000);
        org.oa.core.claim.Claim bad = SyntheticClaims.professional(5, "WEB-BAD", "XQZ100000005",
                SyntheticClaims.line("L1", "9921", "120.00"));
        Files.write(upload, SyntheticClaims.claimFile(control, SyntheticClaims.officeVisit(4, "WEB-GOOD",
                "XQZ100000004"), bad));
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("service-center/login.xhtml"));
        signIn(driver, "demo.biller", PASSWORD);
        waitFor(driver, By.id("upload-claims"));
        driver.findElement(By.id("upload-claims")).click();
        waitFor(driver, By.id("files"));
        chooseAndUpload(driver, upload);

        assertThat(driver.findElement(By.id("file-status")).getText()).isEqualTo("PROCESSED");
        assertThat(driver.findElement(By.id("accepted-count")).getText()).startsWith("1 claims");
        assertThat(driver.findElement(By.id("rejected-count")).getText()).startsWith("1 claims");
        String claims = driver.findElement(By.id("claims")).getText();
        assertThat(claims).contains("WEB-GOOD", "WEB-BAD", "PROCEDURE_CODE", "claim.serviceLines[0].procedureCode");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("service-center-file-summary.png"), browser.getScreenshotAs(OutputType.BYTES));
        String summaryUrl = driver.getCurrentUrl();
        driver.findElement(By.id("show-rejected")).click();
        waitFor(driver, By.id("show-all"));
        assertThat(driver.findElement(By.id("claims")).getText()).contains("WEB-BAD").doesNotContain("WEB-GOOD");
        driver.get(summaryUrl);
        waitFor(driver, By.id("file-status"));

        String ack999 = driver.findElements(By.cssSelector("a.oa-document")).stream()
                .map(a -> a.getAttribute("href")).filter(h -> h.endsWith("_999.999")).findFirst().orElseThrow();
        String session = "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ack999))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).contains("IK5*E", "AK9*E*1*1*1");
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ack999))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.body()).doesNotContain("AK9");
        HttpResponse<String> unknown = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                url("service-center/documents/" + java.util.UUID.randomUUID() + "/x.999"))).header("Cookie", session)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);

        // The same interchange again is recognised and not processed twice.
        uploadAndOpenItsFileSummary(driver, upload);
        assertThat(driver.findElement(By.id("file-status")).getText()).isEqualTo("DUPLICATE");
        assertThat(driver.findElement(By.id("file-reason")).getText()).contains("already received");

        driver.get(url("service-center/files.xhtml"));
        waitFor(driver, By.id("files"));
        assertThat(driver.findElement(By.id("files")).getText()).contains(upload.getFileName().toString(),
                "PROCESSED", "DUPLICATE");
        driver.get(url("service-center/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    @Test
    void billerFixesARejectedClaimInClaimFixAndSeesItAcceptedAndLaterPaid() throws Exception {
        Path upload = Files.createTempFile("fix-", ".837");
        long control = 100_000 + new java.util.Random().nextInt(800_000);
        Files.write(upload, SyntheticClaims.claimFile(control, SyntheticClaims.professional(6, "FIX-ME",
                "XQZ100000006", SyntheticClaims.line("L1", "992134", "130.00"))));
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("service-center/login.xhtml"));
        signIn(driver, "demo.biller", PASSWORD);
        waitFor(driver, By.id("upload-claims"));
        uploadAndOpenItsFileSummary(driver, upload);
        assertThat(driver.findElement(By.id("claims")).getText()).contains("FIX-ME", "Rejected", "PROCEDURE_CODE");

        driver.findElement(By.linkText("FIX-ME")).click();
        waitFor(driver, By.id("claim-status"));
        assertThat(driver.findElement(By.id("claim-status")).getText()).isEqualTo("REJECTED");
        driver.findElement(By.id("fix")).click();
        waitFor(driver, By.id("claimForm"));
        assertThat(driver.findElement(By.id("line0ProcedureCode-error")).getText()).contains("procedure code");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("service-center-claim-fix.png"), browser.getScreenshotAs(OutputType.BYTES));

        // The edits re-run while typing: the error beside the box goes away once the code is valid.
        driver.findElement(By.id("line0ProcedureCode")).clear();
        driver.findElement(By.id("line0ProcedureCode")).sendKeys("99213");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                d.findElement(By.id("line0ProcedureCode-error")).getText().isEmpty());
        submit(driver, By.id("send"));
        waitFor(driver, By.id("claim-status"));
        assertThat(driver.findElement(By.id("claim-status")).getText()).isIn("ACCEPTED", "SENT_TO_PAYER",
                "ACKNOWLEDGED", "PAID");
        assertThat(driver.findElement(By.id("history")).getText()).contains("CORRECTED", "demo.biller");

        // SIM01 acknowledges and pays within a few payer-exchange runs.
        String claimUrl = driver.getCurrentUrl();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!driver.findElement(By.id("claim-status")).getText().equals("PAID") && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            driver.get(claimUrl);
            waitFor(driver, By.id("claim-status"));
        }
        assertThat(driver.findElement(By.id("claim-status")).getText()).isEqualTo("PAID");
        assertThat(driver.findElement(By.id("payer-claim-number")).getText()).startsWith("SIM");
        assertThat(driver.findElement(By.id("replace")).isDisplayed()).isTrue();
        driver.get(url("service-center/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    @Test
    void billerEntersAClaimInOnlineClaimEntryWithTheSameEditsAsAnUpload() throws Exception {
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("service-center/login.xhtml"));
        signIn(driver, "demo.biller", PASSWORD);
        waitFor(driver, By.id("enter-claim"));
        driver.findElement(By.id("enter-claim")).click();
        waitFor(driver, By.id("claimForm"));
        String[][] boxes = {{"payerId", "SIM01"}, {"memberId", "XQZ100000007"}, {"patientLastName", "SAMPLE"},
                {"patientFirstName", "JORDAN"}, {"patientLine1", "5 ELM ROAD"}, {"patientCity", "COLUMBUS"},
                {"patientState", "OH"}, {"patientZip", "43215"}, {"patientControlNumber", "ENTRY-1"},
                {"placeOfService", "11"}, {"dx0", "E119"}, {"line0ProcedureCode", "99213"}, {"line0Pointers", "A"},
                {"line0Charge", "150.00"}, {"line0Units", "1"}, {"billingName", "SUNRISE FAMILY MEDICINE"},
                {"billingNpi", "1234567893"}, {"billingTaxonomy", "207Q00000X"}, {"billingTaxId", "123456789"},
                {"billingLine1", "100 MAIN STREET"}, {"billingCity", "COLUMBUS"}, {"billingState", "OH"},
                {"billingZip", "432151234"}, {"billingPhone", "6145550100"}};
        for (String[] box : boxes) {
            driver.findElement(By.id(box[0])).sendKeys(box[1]);
        }
        // A draft survives leaving the page (as after a session timeout) and comes back in the same tab.
        driver.get(url("service-center/index.xhtml"));
        waitFor(driver, By.id("enter-claim"));
        driver.findElement(By.id("enter-claim")).click();
        waitFor(driver, By.id("claimForm"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("draft-notice")).isDisplayed());
        assertThat(driver.findElement(By.id("draft-notice")).getText()).contains("draft", "restored");
        assertThat(driver.findElement(By.id("patientControlNumber")).getAttribute("value")).isEqualTo("ENTRY-1");
        // Date inputs take the date in the browser's locale order; typed through script to stay locale-proof.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.getElementById('patientBirthDate').value='1985-04-12';"
                        + "document.getElementById('line0ServiceFrom').value='2026-10-20';");
        driver.findElement(By.id("line0Units")).clear();
        driver.findElement(By.id("line0Units")).sendKeys("0");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                d.findElement(By.id("line0Units-error")).getText().contains("unit"));
        driver.findElement(By.id("line0Units")).clear();
        driver.findElement(By.id("line0Units")).sendKeys("1");
        submit(driver, By.id("send"));
        waitFor(driver, By.tagName("h1"));
        assertThat(driver.findElements(By.id("claim-status")))
                .as(() -> driver.findElement(By.id("live-errors")).getText()).isNotEmpty();
        assertThat(driver.findElement(By.id("claim-status")).getText()).isIn("ACCEPTED", "SENT_TO_PAYER",
                "ACKNOWLEDGED", "PAID");
        assertThat(driver.findElement(By.id("claim-pcn")).getText()).isEqualTo("ENTRY-1");

        driver.get(url("service-center/claims.xhtml?q=entry-1"));
        waitFor(driver, By.id("claims"));
        assertThat(driver.findElement(By.id("claims")).getText()).contains("ENTRY-1", "SAMPLE, JORDAN", "SIM01");
        driver.get(url("service-center/claims.xhtml?q=nobody-has-this"));
        waitFor(driver, By.id("no-claims"));
        driver.get(url("service-center/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    @Test
    void manageClaimsPagesSortsAndFiltersEveryClaimInTheDatabaseWithoutACutOff() throws Exception {
        String run = Long.toString(100 + new java.util.Random().nextInt(800));
        org.oa.core.claim.Claim[] claims = new org.oa.core.claim.Claim[30];
        for (int i = 0; i < claims.length; i++) {
            claims[i] = SyntheticClaims.officeVisit(i % 20 + 1, "GRID" + run + "-" + (i < 10 ? "0" : "") + i,
                    "XQZ1000" + run + (i < 10 ? "0" : "") + i);
        }
        Path upload = Files.createTempFile("grid-", ".837");
        Files.write(upload, SyntheticClaims.claimFile(100_000 + Long.parseLong(run) * 100 + 7, claims));
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("service-center/login.xhtml"));
        signIn(driver, "demo.biller", PASSWORD);
        waitFor(driver, By.id("upload-claims"));
        uploadAndOpenItsFileSummary(driver, upload);
        assertThat(driver.findElement(By.id("accepted-count")).getText()).startsWith("30 claims");

        // A bookmarked search presets the filter; the database pages: 25 and then 5.
        driver.get(url("service-center/claims.xhtml?q=grid" + run));
        waitFor(driver, By.id("claims"));
        assertThat(pageReport(driver)).isEqualTo("1–25 of 30 claims");
        driver.findElement(By.cssSelector("#claims .ui-paginator-next")).click();
        awaitPageReport(driver, "26–30 of 30 claims");
        assertThat(driver.findElements(By.cssSelector("#claims_data tr"))).hasSize(5);

        // Sorting asks the database again: account numbers ascending, then descending.
        org.openqa.selenium.WebElement accountHeading = driver.findElement(
                By.xpath("//th[.//span[normalize-space()='Account no.']]"));
        accountHeading.click();
        awaitPageReport(driver, "1–25 of 30 claims");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> firstAccount(d).equals("GRID" + run + "-00"));
        driver.findElement(By.xpath("//th[.//span[normalize-space()='Account no.']]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> firstAccount(d).equals("GRID" + run + "-29"));

        // A column filter narrows what the database returns; a filter it cannot understand says so in words.
        org.openqa.selenium.WebElement patientFilter = driver.findElement(By.cssSelector("#claims th input.ui-column-filter"));
        patientFilter.clear();
        patientFilter.sendKeys("GRID" + run + "-1");
        awaitPageReport(driver, "1–10 of 10 claims");
        org.openqa.selenium.WebElement payerFilter = driver.findElement(
                By.xpath("//th[.//span[normalize-space()='Payer']]//input"));
        payerFilter.sendKeys("SIM01!");
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("no-claims")).getText()
                .contains("Payer ID: letters and digits only"));
        payerFilter.sendKeys(org.openqa.selenium.Keys.BACK_SPACE);
        awaitPageReport(driver, "1–10 of 10 claims");

        // The grid fits tablets and phones (it reflows into stacked rows) without sideways scrolling.
        Files.createDirectories(SCREENSHOTS);
        for (int width : new int[] {1280, 768, 390}) {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            long overflow = (Long) browser.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("Manage Claims at " + width + " px scrolls sideways by").isZero();
            Files.write(SCREENSHOTS.resolve("service-center-claims-" + width + ".png"),
                    browser.getScreenshotAs(OutputType.BYTES));
        }
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        driver.get(url("service-center/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    private static String pageReport(WebDriver driver) {
        return driver.findElement(By.cssSelector("#claims .ui-paginator-current")).getText();
    }

    private static void awaitPageReport(WebDriver driver, String expected) {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            try {
                return pageReport(d).equals(expected);
            } catch (org.openqa.selenium.WebDriverException replaced) {
                return false; // the grid was being redrawn
            }
        });
    }

    private static String firstAccount(WebDriver driver) {
        try {
            return driver.findElement(By.cssSelector("#claims_data tr a.oa-claim-link")).getText();
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return "";
        }
    }

    @Test
    void billerRequestsEnrollmentWithAPayerThatRequiresIt() throws Exception {
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("service-center/login.xhtml"));
        signIn(driver, "demo.biller", PASSWORD);
        waitFor(driver, By.id("enrollments"));
        driver.findElement(By.id("enrollments")).click();
        waitFor(driver, By.id("enrollmentsForm"));
        org.openqa.selenium.WebElement row = driver.findElements(By.cssSelector("#enrollments tbody tr")).get(0);
        String payer = row.findElement(By.className("oa-payer-id")).getText();
        assertThat(row.findElement(By.className("oa-enrollment-status")).getText()).isEqualTo("NOT_REQUESTED");
        org.openqa.selenium.WebElement button = row.findElement(By.tagName("input"));
        org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(page));
        waitFor(driver, By.id("enrollmentsForm"));
        assertThat(driver.findElement(By.id("messages")).getText()).contains("Enrollment requested for " + payer);
        assertThat(driver.findElements(By.cssSelector("#enrollments tbody tr")).get(0)
                .findElement(By.className("oa-enrollment-status")).getText()).isEqualTo("REQUESTED");
        driver.get(url("service-center/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    /**
     * demo.patient sees their own record (Casey Patient's, linked by the demo data) on the Patient Ally dashboard;
     * nothing in the request can name another record. The read is in the practice's audit trail under the record's
     * ID, and an 837 claim for Casey is linked to the same record (the trail shows the match under that ID).
     */
    @Test
    void patientSeesTheirOwnRecordOnTheDashboardAndTheReadIsAuditedByPatientId() throws Exception {
        String masked = "\u2022".repeat(8) + "0001";
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("patient/login.xhtml"));
        signIn(driver, "demo.patient", PASSWORD);
        waitFor(driver, By.id("patient-name"));
        assertThat(driver.findElement(By.id("patient-name")).getText()).isEqualTo("Casey Patient");
        assertThat(driver.findElement(By.id("patient-birth-date")).getText()).isEqualTo("March 4, 1986");
        assertThat(driver.findElement(By.id("patient-account-number")).getText()).isEqualTo("SFM-0001");
        assertThat(driver.findElements(By.cssSelector("#coverages .oa-coverage"))).extracting(WebElement::getText)
                .containsExactly("Primary OA Simulated Health Plan " + masked,
                        "Secondary Greenleaf Mutual Insurance " + masked);
        assertThat(driver.getPageSource()).as("member IDs only masked").doesNotContain("SIM500000001")
                .doesNotContain("GRN700000001").doesNotContain("Your records, messages");
        assertThat(driver.findElements(By.id("no-record"))).isEmpty();
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("patient-record.png"), browser.getScreenshotAs(OutputType.BYTES));
        // The page takes no patient from the request: whatever is asked for, it shows the account's own record.
        for (String query : List.of("?id=" + java.util.UUID.randomUUID(), "?patient=SFM-0002",
                "?accountNumber=SFM-0002&account=SFM-0002")) {
            driver.get(url("patient/index.xhtml" + query));
            waitFor(driver, By.id("patient-name"));
            assertThat(driver.findElement(By.id("patient-account-number")).getText()).as(query).isEqualTo("SFM-0001");
        }
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));

        // A claim for Casey arrives in an 837 (member ID, birth date and last name as on the record).
        String pcn = "CASEY-" + (1000 + new java.util.Random().nextInt(9000));
        org.oa.core.claim.Claim visit = SyntheticClaims.officeVisit(9, pcn, "SIM500000001");
        org.oa.core.patient.Patient casey = new org.oa.core.patient.Patient(visit.patient().id(), "CASEY", "PATIENT",
                java.time.LocalDate.of(1986, 3, 4), org.oa.core.patient.Sex.FEMALE, visit.patient().address());
        Path upload = Files.createTempFile("casey-", ".837");
        Files.write(upload, SyntheticClaims.claimFile(100_000 + new java.util.Random().nextInt(800_000),
                visit.toBuilder().patient(casey).subscriber(org.oa.core.patient.Subscriber.self(casey,
                        "SIM500000001", "GRP100")).build()));
        driver.manage().deleteAllCookies();
        driver.get(url("service-center/login.xhtml"));
        signIn(driver, "demo.biller", PASSWORD);
        waitFor(driver, By.id("upload-claims"));
        uploadAndOpenItsFileSummary(driver, upload);
        String fileId = driver.findElement(By.id("file-id")).getText();
        assertThat(fileId).hasSize(36);
        driver.get(url("service-center/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));

        // The practice administrator finds the patient's own look at the record, by the record's ID only.
        driver.manage().deleteAllCookies();
        driver.get(url("practice-mate/login.xhtml"));
        signIn(driver, "demo.admin", PASSWORD);
        waitFor(driver, By.id("administration"));
        driver.get(url("practice-mate/admin.xhtml"));
        waitFor(driver, By.id("auditForm"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("auditAction")))
                .selectByValue("PATIENT_DATA_VIEWED");
        submit(driver, By.id("search"));
        String patientId = driver.findElements(By.cssSelector("#audit tbody tr")).stream()
                .filter(row -> row.getText().contains("record viewed via Patient Ally dashboard")
                        && row.getText().contains("demo.patient") && row.getText().contains("PATIENT"))
                .map(row -> row.findElement(By.className("oa-patient")).getText()).findFirst().orElseThrow();
        assertThat(patientId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        driver.findElement(By.id("auditPatient")).sendKeys(patientId);
        submit(driver, By.id("search"));
        assertThat(driver.findElement(By.id("audit")).getText()).contains("record viewed via Patient Ally dashboard",
                "coverages viewed via Patient Ally dashboard", "record matched with the claims of file " + fileId);
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                url("practice-mate/audit.csv?action=PATIENT_DATA_VIEWED&patient=" + patientId)))
                .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("PATIENT_DATA_VIEWED", "record viewed via Patient Ally dashboard",
                "," + patientId + ",").doesNotContain("Casey").doesNotContain("CASEY")
                .doesNotContain("1986-03-04", "19860304", "March 4, 1986")
                .doesNotContain("SIM500000001");
        driver.get(url("practice-mate/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    @Test
    void viewingAClaimIsAuditedByPatientIdAndTheAdministratorFindsItInTheListAndTheCsv() throws Exception {
        String pcn = "AUDIT-" + (1000 + new java.util.Random().nextInt(9000));
        Path upload = Files.createTempFile("audit-", ".837");
        long control = 100_000 + new java.util.Random().nextInt(800_000);
        Files.write(upload, SyntheticClaims.claimFile(control, SyntheticClaims.officeVisit(7, pcn, "XQZ100000007")));
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("service-center/login.xhtml"));
        signIn(driver, "demo.biller", PASSWORD);
        waitFor(driver, By.id("upload-claims"));
        uploadAndOpenItsFileSummary(driver, upload);

        // Manage Claims lists patients' names: one entry per search. Then one claim's page: one entry for its patient.
        driver.get(url("service-center/claims.xhtml"));
        waitFor(driver, By.linkText(pcn));
        driver.findElement(By.linkText(pcn)).click();
        waitFor(driver, By.id("claim-status"));
        String claimId = driver.getCurrentUrl().replaceAll(".*[?&]id=([0-9a-f-]{36}).*", "$1");
        assertThat(claimId).hasSize(36);
        driver.get(url("service-center/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));

        driver.manage().deleteAllCookies();
        driver.get(url("service-center/login.xhtml"));
        signIn(driver, "demo.admin", PASSWORD);
        waitFor(driver, By.id("chooseRoleForm"));
        driver.findElement(By.cssSelector("input.oa-role-choice[value='Practice administrator']")).click();
        waitFor(driver, By.id("user-role"));
        driver.get(url("service-center/admin.xhtml"));
        waitFor(driver, By.id("auditForm"));
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("auditAction")))
                .selectByValue("PATIENT_DATA_VIEWED");
        submit(driver, By.id("search"));
        assertThat(driver.findElement(By.id("audit")).getText()).contains("Manage Claims search, ");
        String patientId = driver.findElements(By.cssSelector("#audit tbody tr")).stream()
                .filter(row -> row.getText().contains("claim " + claimId + " via Claim page"))
                .map(row -> row.findElement(By.className("oa-patient")).getText()).findFirst().orElseThrow();
        assertThat(patientId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

        driver.findElement(By.id("auditPatient")).sendKeys(patientId);
        submit(driver, By.id("search"));
        String onePatient = driver.findElement(By.id("audit")).getText();
        assertThat(onePatient).contains("claim " + claimId + " via Claim page", "demo.biller", "SERVICE_CENTER")
                .doesNotContain("Manage Claims search");
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                url("service-center/audit.csv?action=PATIENT_DATA_VIEWED&patient=" + patientId)))
                .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        org.oa.core.patient.Patient patient = SyntheticClaims.patient(7);
        assertThat(csv.body()).startsWith("sequence,occurred_at,action,account,portal,detail,hash,patient,practice\r\n")
                .contains("PATIENT_DATA_VIEWED", "claim " + claimId + " via Claim page", "," + patientId + ",")
                .doesNotContain("Manage Claims search").doesNotContain(patient.lastName())
                .doesNotContain("XQZ100000007");
        HttpResponse<String> notAPatientId = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                url("service-center/audit.csv?patient=Doe")))
                .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notAPatientId.statusCode()).isEqualTo(400);
        driver.get(url("service-center/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    @Test
    void administratorRequiresASecondFactorOutsideEhrAndAUserWithoutAnAppMustEnrolFirst() throws Exception {
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("practice-mate/login.xhtml"));
        signIn(driver, "demo.admin", PASSWORD);
        waitFor(driver, By.id("user-role"));
        driver.get(url("practice-mate/admin.xhtml"));
        waitFor(driver, By.id("secondFactorForm"));
        assertThat(driver.findElement(By.id("secondFactorRequired")).isSelected()).as("optional by default").isFalse();
        org.openqa.selenium.Cookie adminSession = driver.manage().getCookieNamed("JSESSIONID");
        try {
            driver.findElement(By.id("secondFactorRequired")).click();
            submit(driver, By.id("saveSecondFactor"));
            assertThat(driver.findElement(By.id("messages")).getText()).contains("required in every portal");
            assertThat(driver.findElement(By.id("secondFactorRequired")).isSelected()).isTrue();
            new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("auditAction")))
                    .selectByValue("SETTINGS_CHANGED");
            submit(driver, By.id("search"));
            assertThat(driver.findElement(By.id("audit")).getText())
                    .contains("second factor required in every portal", "demo.admin");

            // Another user of the practice, without an authenticator app, signs in to Practice Mate.
            driver.manage().deleteAllCookies();
            driver.get(url("practice-mate/login.xhtml"));
            signIn(driver, "demo.frontdesk", PASSWORD);
            waitFor(driver, By.id("enrolForm"));
            assertThat(driver.getCurrentUrl()).as("the practice's users enrol an app first")
                    .endsWith("/oa/practice-mate/enrol-authenticator.xhtml");
            assertThat(driver.findElement(By.id("totp-secret")).getText()).isNotBlank();
            driver.get(url("practice-mate/index.xhtml"));
            assertThat(driver.getCurrentUrl()).as("no dashboard before the second factor")
                    .endsWith("/oa/practice-mate/login.xhtml");
            assertThat(driver.findElements(By.id("user-name"))).isEmpty();
        } finally {
            // Back to the administrator's session (signing in again would now owe a second factor too).
            driver.manage().deleteAllCookies();
            driver.get(url("practice-mate/login.xhtml"));
            driver.manage().addCookie(adminSession);
            driver.get(url("practice-mate/admin.xhtml"));
            waitFor(driver, By.id("secondFactorForm"));
            if (driver.findElement(By.id("secondFactorRequired")).isSelected()) {
                driver.findElement(By.id("secondFactorRequired")).click();
                submit(driver, By.id("saveSecondFactor"));
            }
            assertThat(driver.findElement(By.id("secondFactorRequired")).isSelected()).isFalse();
            driver.get(url("practice-mate/index.xhtml"));
            driver.findElement(By.id("signOut")).click();
            waitFor(driver, By.id("notice"));
        }
        driver.manage().deleteAllCookies();
        driver.get(url("practice-mate/login.xhtml"));
        signIn(driver, "demo.frontdesk", PASSWORD);
        waitFor(driver, By.id("user-name"));
        assertThat(driver.getCurrentUrl()).as("optional again once switched off")
                .endsWith("/oa/practice-mate/index.xhtml");
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    /**
     * Security questions are an extra factor of the reset, asked after the e-mailed link is opened. Uses
     * demo.frontdesk, whose reset nobody else requests (one reset link per account per minute), and leaves it as
     * it found it (password, no questions, no mail) for the lockout test that runs last.
     */
    @Test
    void passwordResetAlsoAsksTheSecurityQuestionsSetOnTheSecurityPage() throws Exception {
        MAIL.purgeEmailFromAllMailboxes();
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("practice-mate/login.xhtml"));
        signIn(driver, "demo.frontdesk", PASSWORD);
        waitFor(driver, By.id("user-name"));
        driver.findElement(By.id("account-security")).click();
        waitFor(driver, By.id("saveQuestions"));
        assertThat(driver.findElement(By.id("questions-status")).getText()).contains("No security questions");
        submit(driver, By.id("saveQuestions"));
        confirmItIsYouByEmail(driver, "practice-mate");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("question0"))).selectByIndex(1);
        driver.findElement(By.id("answer0")).sendKeys("Alex Morgan");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("question1"))).selectByIndex(3);
        driver.findElement(By.id("answer1")).sendKeys("Paper Kite");
        submit(driver, By.id("saveQuestions"));
        assertThat(driver.findElement(By.className("oa-info")).getText()).contains("security questions were saved");
        assertThat(driver.findElements(By.cssSelector("#chosen-questions li"))).hasSize(2);
        assertThat(driver.getPageSource()).as("answers are never shown back").doesNotContain("Alex Morgan")
                .doesNotContain("Paper Kite");
        driver.get(url("practice-mate/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));

        driver.get(url("practice-mate/forgot-password.xhtml"));
        driver.findElement(By.id("username")).sendKeys("demo.frontdesk");
        submit(driver, By.id("send"));
        MimeMessage mail = awaitMail("Reset your OA password");
        java.util.regex.Matcher link = java.util.regex.Pattern
                .compile("(http://127\\.0\\.0\\.1:[0-9]+/oa/practice-mate/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                .matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail).replace("=\r\n", "")
                        .replace("=3D", "="));
        assertThat(link.find()).isTrue();
        driver.get(link.group(1));
        waitFor(driver, By.id("answer0"));
        assertThat(driver.findElements(By.id("password"))).as("no new password before the answers").isEmpty();
        driver.findElement(By.id("answer0")).sendKeys("Alex Morgan");
        driver.findElement(By.id("answer1")).sendKeys("Paper Plane");
        submit(driver, By.id("answer"));
        assertThat(driver.findElement(By.className("oa-error")).getText())
                .as("counts the attempt, names no answer").contains("At least one answer is wrong", "4 more times");
        assertThat(driver.findElements(By.id("password"))).isEmpty();
        driver.findElement(By.id("answer0")).sendKeys("  alex   MORGAN ");
        driver.findElement(By.id("answer1")).sendKeys("paper kite");
        submit(driver, By.id("answer"));
        waitFor(driver, By.id("password"));
        String newPassword = "Compass#Meadow-3391";
        driver.findElement(By.id("password")).sendKeys(newPassword);
        driver.findElement(By.id("confirmation")).sendKeys(newPassword);
        submit(driver, By.id("save"));
        waitFor(driver, By.id("changed"));
        driver.get(url("practice-mate/login.xhtml"));
        signIn(driver, "demo.frontdesk", newPassword);
        waitFor(driver, By.id("user-name"));

        // Put things back: no questions, and the original password (the policy remembers the last 5 passwords).
        driver.findElement(By.id("account-security")).click();
        waitFor(driver, By.id("removeQuestions"));
        submit(driver, By.id("removeQuestions"));
        confirmItIsYouByEmail(driver, "practice-mate");
        submit(driver, By.id("removeQuestions"));
        assertThat(driver.findElement(By.id("questions-status")).getText()).contains("No security questions");
        restoreDemoPassword(driver, newPassword, "Ledger#Quarry-");
        driver.get(url("practice-mate/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
        MAIL.purgeEmailFromAllMailboxes();
    }

    @Test
    void forgottenUsernameIsSentToTheAccountsEmailAddress() throws Exception {
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("practice-mate/login.xhtml"));
        driver.findElement(By.id("forgot-username")).click();
        waitFor(driver, By.id("email"));
        driver.findElement(By.id("email")).sendKeys("nobody@sunrise.example");
        submit(driver, By.id("send"));
        String answerForUnknown = driver.findElement(By.id("requested")).getText();

        driver.get(url("practice-mate/forgot-username.xhtml"));
        driver.findElement(By.id("email")).sendKeys("Demo.FrontDesk@Sunrise.example");
        submit(driver, By.id("send"));
        assertThat(driver.findElement(By.id("requested")).getText()).isEqualTo(answerForUnknown).contains("spam");
        MimeMessage mail = awaitMail("Your OA username");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualToIgnoringCase("demo.frontdesk@sunrise.example");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).contains("demo.frontdesk")
                .doesNotContain(PASSWORD);
    }

    @Test
    void accountWithSeveralRolesChoosesOneAndGetsANewSessionId() throws Exception {
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("service-center/login.xhtml"));
        signIn(driver, "demo.admin", PASSWORD);
        waitFor(driver, By.id("chooseRoleForm"));
        assertThat(driver.getCurrentUrl()).endsWith("/oa/service-center/choose-role.xhtml");
        String beforeChoice = driver.manage().getCookieNamed("JSESSIONID").getValue();

        driver.get(url("service-center/index.xhtml"));
        assertThat(driver.getCurrentUrl()).as("the dashboard stays closed until a role is chosen")
                .endsWith("/oa/service-center/login.xhtml");
        driver.get(url("service-center/choose-role.xhtml"));
        assertThat(driver.findElements(By.cssSelector("input.oa-role-choice")))
                .extracting(e -> e.getAttribute("value")).containsExactly("Biller", "Practice administrator");
        driver.findElement(By.cssSelector("input.oa-role-choice[value='Practice administrator']")).click();

        waitFor(driver, By.id("user-role"));
        assertThat(driver.findElement(By.id("user-role")).getText()).isEqualTo("Practice administrator");
        assertThat(driver.manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(beforeChoice);
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("service-center-admin.png"), browser.getScreenshotAs(OutputType.BYTES));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    @Test
    void idleSessionWarnsBeforeItEndsAndStaySignedInKeepsIt() throws Exception {
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("service-center/login.xhtml"));
        signIn(driver, "demo.biller", PASSWORD);
        waitFor(driver, By.id("user-name"));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // The container tests run with a 45 s idle limit and a warning 38 s before it.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("session-timeout")));
        assertThat(driver.findElement(By.id("session-timeout-text")).getText()).contains("You will be signed out in");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("session-timeout-warning.png"), browser.getScreenshotAs(OutputType.BYTES));
        driver.findElement(By.id("stay-signed-in")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("session-timeout")));
        driver.get(url("service-center/index.xhtml"));
        assertThat(driver.findElement(By.id("user-name")).getText()).isEqualTo("Morgan Biller");
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    @Test
    void keepAliveAnswersOnlyASignedInSession() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create(url("ehr/keep-alive")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
    }

    /** Runs late: it replaces demo.admin's SFTP credential (demo-sftp). */
    @Test
    @Order(Integer.MAX_VALUE - 3)
    void administratorGeneratesSftpCredentialsThatWorkAtOnceAndReplaceTheOldOnes() throws Exception {
        int port = Integer.parseInt(System.getProperty("oa.it.sftp.port"));
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("service-center/login.xhtml"));
        signIn(driver, "demo.admin", PASSWORD);
        waitFor(driver, By.id("chooseRoleForm"));
        driver.findElement(By.cssSelector("input.oa-role-choice[value='Practice administrator']")).click();
        waitFor(driver, By.id("sftp-access"));
        driver.findElement(By.id("sftp-access")).click();

        // Step-up: handing out a machine credential asks for a second factor again, here an e-mailed code.
        waitFor(driver, By.id("stepUpForm"));
        assertThat(driver.getCurrentUrl()).endsWith("/oa/service-center/confirm.xhtml?next=sftp.xhtml");
        driver.findElement(By.id("code")).sendKeys("000000");
        submit(driver, By.id("confirm"));
        assertThat(driver.findElement(By.className("oa-error")).getText()).isNotBlank();
        driver.get(url("service-center/sftp.xhtml"));
        waitFor(driver, By.id("stepUpForm"));
        int mailsBefore = MAIL.getReceivedMessages().length;
        submit(driver, By.id("emailCode"));
        assertThat(driver.findElement(By.className("oa-info")).getText()).contains("We sent a code to");
        driver.findElement(By.id("code")).sendKeys(DemoSessions.codeIn(DemoSessions.mailAfter(MAIL, mailsBefore, "Your OA sign-in code")));
        submit(driver, By.id("confirm"));
        waitFor(driver, By.id("sftpForm"));
        assertThat(driver.getCurrentUrl()).endsWith("/oa/service-center/sftp.xhtml");
        submit(driver, By.id("generate"));
        String username = driver.findElement(By.id("sftp-username")).getText();
        String secret = driver.findElement(By.id("sftp-secret")).getText();
        assertThat(username).isNotEqualTo("demo-sftp");
        assertThat(OpenSshSftp.batch(port, username, secret, "ls -1").exitCode()).isZero();
        assertThat(OpenSshSftp.batch(port, "demo-sftp", PASSWORD, "ls -1").exitCode())
                .as("the earlier credential stopped working").isNotZero();

        submit(driver, By.id("revoke"));
        assertThat(driver.findElement(By.className("oa-info")).getText()).contains("revoked");
        assertThat(OpenSshSftp.batch(port, username, secret, "ls -1").exitCode()).isNotZero();
        driver.get(url("service-center/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    /** Runs late: it changes demo.biller's password. */
    @Test
    @Order(Integer.MAX_VALUE - 2)
    void signedInUserSeesTheirSessionsSignsOneOutAndAPasswordChangeEndsTheOthers() throws Exception {
        HttpClient elsewhere = signInElsewhere("service-center", "demo.biller", PASSWORD);
        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("service-center/login.xhtml"));
        signIn(driver, "demo.biller", PASSWORD);
        waitFor(driver, By.id("account-security"));
        driver.findElement(By.id("account-security")).click();
        waitFor(driver, By.id("passwordForm"));

        // Both sessions are listed; the other one is signed out from here and finds out at its next request.
        List<WebElement> rows = driver.findElements(By.cssSelector("#sessions tbody tr"));
        assertThat(rows).extracting(WebElement::getText).hasSize(2)
                .anySatisfy(r -> assertThat(r).contains("Service Center", "Chrome on Linux", "This session"))
                .anySatisfy(r -> assertThat(r).contains("Service Center", "Unknown browser"));
        rows.stream().filter(r -> !r.getText().contains("This session")).findFirst().orElseThrow()
                .findElement(By.tagName("input")).click();
        waitFor(driver, By.className("oa-info"));
        assertThat(driver.findElement(By.className("oa-info")).getText()).isEqualTo("That session was signed out.");
        assertThat(driver.findElements(By.cssSelector("#sessions tbody tr"))).hasSize(1);
        assertThat(dashboardStatus(elsewhere, "service-center")).as("signed out from the other browser")
                .isEqualTo(302);

        HttpClient another = signInElsewhere("service-center", "demo.biller", PASSWORD);
        driver.get(url("service-center/security.xhtml"));
        waitFor(driver, By.id("passwordForm"));

        changePassword(driver, "not-the-password", "Meadow#Copper-8841");
        assertThat(driver.findElement(By.className("oa-error")).getText()).isNotBlank();
        changePassword(driver, PASSWORD, "password1234");
        assertThat(driver.findElements(By.className("oa-error"))).isNotEmpty();
        changePassword(driver, PASSWORD, "Meadow#Copper-8841");
        assertThat(driver.findElement(By.className("oa-info")).getText()).isEqualTo("Your password was changed.");
        assertThat(dashboardStatus(another, "service-center")).as("the change ended the other session")
                .isEqualTo(302);
        assertThat(driver.findElements(By.cssSelector("#sessions tbody tr"))).hasSize(1);
        driver.get(url("service-center/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));

        signIn(driver, "demo.biller", PASSWORD);
        waitFor(driver, By.className("oa-error"));
        signIn(driver, "demo.biller", "Meadow#Copper-8841");
        waitFor(driver, By.id("user-name"));
        driver.get(url("service-center/security.xhtml"));
        waitFor(driver, By.id("passwordForm"));
        restoreDemoPassword(driver, "Meadow#Copper-8841", "Harbor#Lichen-");
        driver.get(url("service-center/index.xhtml"));
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    /**
     * On Account security, changes the signed-in user's password from {@code current} back to the demo password:
     * the policy refuses the last 24 and any retired in the last day, so it cycles through fresh ones first. The
     * container test classes share one database, so a test leaves the demo accounts as it found them.
     */
    private static void restoreDemoPassword(WebDriver driver, String current, String prefix) {
        boolean restored = false;
        for (int i = 1; i <= 26 && !restored; i++) {
            String next = prefix + (7100 + i);
            changePassword(driver, current, next);
            assertThat(driver.findElement(By.className("oa-info")).getText()).contains("password was changed");
            current = next;
            if (i >= 4) {
                changePassword(driver, current, PASSWORD);
                restored = driver.findElements(By.className("oa-error")).isEmpty();
            }
        }
        assertThat(restored).as("original password restored").isTrue();
    }

    private static void changePassword(WebDriver driver, String current, String next) {
        driver.findElement(By.id("currentPassword")).sendKeys(current);
        driver.findElement(By.id("newPassword")).sendKeys(next);
        driver.findElement(By.id("confirmation")).sendKeys(next);
        submit(driver, By.id("changePassword"));
    }

    /** Runs late: it changes demo.patient's password. */
    @Test
    @Order(Integer.MAX_VALUE - 1)
    void forgottenPasswordIsResetThroughASingleUseLinkSentByEmail() throws Exception {
        // Someone is signed in as demo.patient elsewhere (an HTTP client with its own cookies).
        HttpClient elsewhere = signInElsewhere("patient", "demo.patient", PASSWORD);

        WebDriver driver = browser();
        driver.manage().deleteAllCookies();
        driver.get(url("patient/login.xhtml"));
        driver.findElement(By.id("forgot-password")).click();
        waitFor(driver, By.id("username"));
        driver.findElement(By.id("username")).sendKeys("no.such.patient");
        driver.findElement(By.id("send")).click();
        waitFor(driver, By.id("requested"));
        String answerForUnknown = driver.findElement(By.id("requested")).getText();

        driver.get(url("patient/forgot-password.xhtml"));
        driver.findElement(By.id("username")).sendKeys("demo.patient");
        driver.findElement(By.id("send")).click();
        waitFor(driver, By.id("requested"));
        assertThat(driver.findElement(By.id("requested")).getText())
                .as("same answer whether or not the account exists").isEqualTo(answerForUnknown)
                .contains("spam");

        MimeMessage mail = awaitMail("Reset your OA password");
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("demo.patient@sunrise.example");
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(mail);
        java.util.regex.Matcher link = java.util.regex.Pattern
                .compile("(http://127\\.0\\.0\\.1:[0-9]+/oa/patient/reset-password\\.xhtml\\?token=[A-Za-z0-9_-]+)")
                .matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as("the e-mail carries the reset link").isTrue();

        driver.get(link.group(1));
        waitFor(driver, By.id("password"));
        driver.findElement(By.id("password")).sendKeys("short");
        driver.findElement(By.id("confirmation")).sendKeys("short");
        driver.findElement(By.id("save")).click();
        waitFor(driver, By.className("oa-error"));

        String newPassword = "Lantern#Orchard-5517";
        driver.findElement(By.id("password")).sendKeys(newPassword);
        driver.findElement(By.id("confirmation")).sendKeys(newPassword);
        driver.findElement(By.id("save")).click();
        waitFor(driver, By.id("changed"));
        HttpResponse<String> afterReset = elsewhere.send(HttpRequest.newBuilder(URI.create(url("patient/index.xhtml")))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(afterReset.statusCode()).as("the reset ended the other session").isEqualTo(302);
        assertThat(afterReset.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith("/oa/patient/login.xhtml?reason=ended"));

        driver.get(link.group(1));
        waitFor(driver, By.id("password"));
        driver.findElement(By.id("password")).sendKeys(newPassword + "x");
        driver.findElement(By.id("confirmation")).sendKeys(newPassword + "x");
        driver.findElement(By.id("save")).click();
        waitFor(driver, By.className("oa-error"));
        assertThat(driver.findElement(By.className("oa-error")).getText()).contains("no longer valid");

        driver.get(url("patient/login.xhtml"));
        signIn(driver, "demo.patient", PASSWORD);
        waitFor(driver, By.className("oa-error"));
        signIn(driver, "demo.patient", newPassword);
        waitFor(driver, By.id("user-name"));
        assertThat(driver.findElement(By.id("user-name")).getText()).isEqualTo("Casey Patient");
        driver.findElement(By.id("signOut")).click();
        waitFor(driver, By.id("notice"));
    }

    /**
     * Signs in to a portal with an HTTP client of its own (another browser, as far as the server can tell) and
     * checks that it sees the dashboard.
     */
    private HttpClient signInElsewhere(String portal, String username, String password) throws Exception {
        HttpClient elsewhere = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
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
    private int dashboardStatus(HttpClient client, String portal) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url(portal + "/index.xhtml"))).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /**
     * After an action on Account security that changes how the account signs in: the confirm page asks for a
     * code; gives it by e-mail and checks that it comes back to Account security, which says the change may go on.
     */
    private static void confirmItIsYouByEmail(WebDriver driver, String portal) throws Exception {
        waitFor(driver, By.id("stepUpForm"));
        assertThat(driver.getCurrentUrl()).endsWith("/oa/" + portal + "/confirm.xhtml?next=security.xhtml");
        int mailsBefore = MAIL.getReceivedMessages().length;
        submit(driver, By.id("emailCode"));
        driver.findElement(By.id("code")).sendKeys(DemoSessions.codeIn(DemoSessions.mailAfter(MAIL, mailsBefore, "Your OA sign-in code")));
        submit(driver, By.id("confirm"));
        waitFor(driver, By.id("step-up-note"));
        assertThat(driver.getCurrentUrl()).endsWith("/oa/" + portal + "/security.xhtml");
        assertThat(driver.findElement(By.id("step-up-note")).getText()).contains("You confirmed it is you");
    }

    private static MimeMessage awaitMail(String subject) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : MAIL.getReceivedMessages()) {
                if (subject.equals(message.getSubject())) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no e-mail with subject " + subject);
    }

    /** Runs last: it locks demo.frontdesk. */
    @Test
    @Order(Integer.MAX_VALUE)
    void fiveWrongPasswordsLockTheAccountRefuseEvenTheRightOneAndEmailTheOwner() throws Exception {
        WebDriver driver = browser();
        for (int attempt = 1; attempt <= 5; attempt++) {
            driver.manage().deleteAllCookies();
            driver.get(url("practice-mate/login.xhtml"));
            signIn(driver, "demo.frontdesk", "wrong-password-" + attempt);
            waitFor(driver, By.className("oa-error"));
            assertThat(driver.findElement(By.className("oa-error")).getText()).isEqualTo(REFUSAL);
        }
        driver.manage().deleteAllCookies();
        driver.get(url("practice-mate/login.xhtml"));
        signIn(driver, "demo.frontdesk", PASSWORD);
        waitFor(driver, By.className("oa-error"));
        assertThat(driver.findElement(By.className("oa-error")).getText())
                .as("a locked account gets the same page as a wrong password").isEqualTo(REFUSAL);
        assertThat(driver.findElements(By.id("user-name"))).isEmpty();

        MimeMessage locked = awaitMail("Your OA account was locked");
        assertThat(locked.getAllRecipients()[0].toString()).isEqualTo("demo.frontdesk@sunrise.example");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(locked))
                .contains("unlocks by itself at").doesNotContain(PASSWORD);

        // The practice administrator sees the lock in the audit trail and unlocks the account.
        driver.manage().deleteAllCookies();
        driver.get(url("practice-mate/login.xhtml"));
        signIn(driver, "demo.admin", PASSWORD);
        waitFor(driver, By.id("administration"));
        driver.findElement(By.id("administration")).click();
        waitFor(driver, By.id("auditForm"));
        driver.findElement(By.id("auditUsername")).sendKeys("demo.frontdesk");
        assertThat(driver.findElement(By.id("users")).getText()).contains("demo.frontdesk", "LOCKED");
        submit(driver, By.id("search"));
        assertThat(driver.findElement(By.id("audit")).getText()).contains("ACCOUNT_LOCKED", "LOGIN_REFUSED")
                .doesNotContain(PASSWORD);
        HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                url("practice-mate/audit.csv?action=ACCOUNT_LOCKED")))
                .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("sequence,occurred_at,action,account,portal,detail,hash")
                .contains("ACCOUNT_LOCKED").doesNotContain("LOGIN_REFUSED");
        submit(driver, By.id("verify"));
        assertThat(driver.findElement(By.className("oa-info")).getText()).startsWith("The audit trail is intact");
        driver.findElement(By.id("unlockUsername")).sendKeys("demo.frontdesk");
        submit(driver, By.id("unlock"));
        assertThat(driver.findElement(By.className("oa-info")).getText()).contains("is unlocked");
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("practice-mate-admin.png"), browser.getScreenshotAs(OutputType.BYTES));

        driver.manage().deleteAllCookies();
        driver.get(url("practice-mate/login.xhtml"));
        signIn(driver, "demo.frontdesk", PASSWORD);
        waitFor(driver, By.id("user-name"));
        assertThat(driver.findElements(By.id("administration"))).as("no administration link for front desk").isEmpty();
        driver.get(url("practice-mate/admin.xhtml"));
        assertThat(driver.getPageSource()).contains("This page is not for your role");
        HttpResponse<String> notForFrontDesk = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                url("practice-mate/audit.csv")))
                .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(notForFrontDesk.statusCode()).isEqualTo(403);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static ChromeDriver browser() throws IOException {
        if (browser == null) {
            browser = Browser.start();
        }
        return browser;
    }

    private byte[] screenshotOf(String address) {
        browser.get(address);
        return browser.getScreenshotAs(OutputType.BYTES);
    }

    private static void signIn(WebDriver driver, String username, String password) {
        waitFor(driver, By.id("username"));
        driver.findElement(By.id("username")).clear();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        submit(driver, By.id("signIn"));
    }

    /** Clicks a button that submits a form and waits until the next page has replaced this one. */
    private static void submit(WebDriver driver, By button) {
        org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
        driver.findElement(button).click();
        // Chromium reports a replaced document either as a stale element or as "node does not belong to the
        // document": both mean the next page is there.
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException replaced) {
                return true;
            }
        });
        waitFor(driver, By.tagName("body"));
    }

    /** Opens the Upload page, sends {@code file} and waits for its File Summary. */
    private void uploadAndOpenItsFileSummary(WebDriver driver, Path file) {
        driver.get(url("service-center/upload.xhtml"));
        waitFor(driver, By.id("files"));
        chooseAndUpload(driver, file);
    }

    /** On the Upload page: chooses {@code file}, uploads it and waits for its File Summary. */
    private static void chooseAndUpload(WebDriver driver, Path file) {
        driver.findElement(By.id("files")).sendKeys(file.toString());
        driver.findElement(By.id("upload")).click();
        waitFor(driver, By.id("file-status"));
    }

    private static void waitFor(WebDriver driver, By locator) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** The deployment's address on 127.0.0.1 (the server does not listen on other addresses). */
    private String url(String path) {
        return "http://127.0.0.1:" + deploymentUrl.getPort() + "/oa/" + path;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return client.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Hex address from /proc/net/tcp{,6}: 127.0.0.0/8, ::1 or ::ffff:127.x. */
    private static boolean isLoopback(String hex) {
        if (hex.length() == 8) {
            return hex.endsWith("7F"); // little-endian IPv4: first octet last
        }
        return hex.equals("00000000000000000000000001000000")
                || (hex.startsWith("0000000000000000FFFF0000") && hex.endsWith("7F"));
    }
}
