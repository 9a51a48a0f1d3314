package org.oa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.oa.core.patient.Patient;
import org.oa.web.infrastructure.payer.SyntheticClaims;
import org.oa.web.pages.AdministrationPage;
import org.oa.web.pages.ClaimPage;
import org.oa.web.pages.ConfirmPage;
import org.oa.web.pages.DashboardPage;
import org.oa.web.pages.EnrolAuthenticatorPage;
import org.oa.web.pages.LoginPage;
import org.oa.web.pages.ManageClaimsPage;
import org.oa.web.pages.SftpAccessPage;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/**
 * Administration, as the practice administrator demo.admin uses it in the Service Center and Practice Mate: the
 * audit trail of patient data viewed (list and CSV), the practice's second-factor setting, and SFTP credentials
 * behind a step-up. Runs after the Service Center journeys: generating credentials replaces demo-sftp.
 */
abstract class AdministrationJourneys extends BrowserJourney {

    @Test
    void viewingAClaimIsAuditedByPatientIdAndTheAdministratorFindsItInTheListAndTheCsv() throws Exception {
        String pcn = "AUDIT-" + (1000 + random(9000));
        Path upload = claimFile("audit-", SyntheticClaims.officeVisit(7, pcn, "XQZ100000007"));
        signedIn("service-center", "demo.biller");
        upload(upload);

        // Manage Claims lists patients' names: one entry per search. Then one claim's page: one entry for its patient.
        ClaimPage claim = ManageClaimsPage.open(browser()).openClaim(pcn);
        String claimId = claim.claimId();
        assertThat(claimId).hasSize(36);
        claim.signOutFromTheDashboard();

        administratorInServiceCenter();
        AdministrationPage audit = AdministrationPage.open(browser(), "service-center")
                .filterByAction("PATIENT_DATA_VIEWED").search();
        assertThat(audit.audit()).contains("Manage Claims search, ");
        String patientId = audit.patientIdOfFirstEntry(row -> row.contains("claim " + claimId + " via Claim page"));
        assertThat(patientId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

        audit.filterByPatient(patientId).search();
        assertThat(audit.audit()).contains("claim " + claimId + " via Claim page", "demo.biller", "SERVICE_CENTER")
                .doesNotContain("Manage Claims search");
        HttpResponse<String> csv = audit.auditCsv("action=PATIENT_DATA_VIEWED&patient=" + patientId);
        assertThat(csv.statusCode()).isEqualTo(200);
        Patient patient = SyntheticClaims.patient(7);
        assertThat(csv.body()).startsWith("sequence,occurred_at,action,account,portal,detail,hash,patient,practice\r\n")
                .contains("PATIENT_DATA_VIEWED", "claim " + claimId + " via Claim page", "," + patientId + ",")
                .doesNotContain("Manage Claims search").doesNotContain(patient.lastName())
                .doesNotContain("XQZ100000007");
        assertThat(audit.auditCsv("patient=Doe").statusCode()).isEqualTo(400);
        audit.signOutFromTheDashboard();
    }

    @Test
    void administratorRequiresASecondFactorOutsideEhrAndAUserWithoutAnAppMustEnrolFirst() throws Exception {
        WebDriver driver = browser();
        signedIn("practice-mate", "demo.admin");
        AdministrationPage settings = AdministrationPage.open(driver, "practice-mate").awaitSecondFactorSetting();
        assertThat(settings.secondFactorRequired()).as("optional by default").isFalse();
        Cookie adminSession = driver.manage().getCookieNamed("JSESSIONID");
        try {
            settings.requireSecondFactor(true);
            assertThat(settings.messages()).contains("required in every portal");
            assertThat(settings.secondFactorRequired()).isTrue();
            settings.filterByAction("SETTINGS_CHANGED").search();
            assertThat(settings.audit()).contains("second factor required in every portal", "demo.admin");

            // Another user of the practice, without an authenticator app, signs in to Practice Mate.
            EnrolAuthenticatorPage enrol = freshLogin("practice-mate").signInToEnrolment("demo.frontdesk", PASSWORD);
            assertThat(enrol.has("enrolForm")).isTrue();
            assertThat(enrol.address()).as("the practice's users enrol an app first")
                    .endsWith("/oa/practice-mate/enrol-authenticator.xhtml");
            assertThat(enrol.secret()).isNotBlank();
            driver.get(url("practice-mate/index.xhtml"));
            assertThat(driver.getCurrentUrl()).as("no dashboard before the second factor")
                    .endsWith("/oa/practice-mate/login.xhtml");
            assertThat(LoginPage.current(driver).has("user-name")).isFalse();
        } finally {
            // Back to the administrator's session (signing in again would now owe a second factor too).
            driver.manage().deleteAllCookies();
            driver.get(url("practice-mate/login.xhtml"));
            driver.manage().addCookie(adminSession);
            settings = AdministrationPage.open(driver, "practice-mate").awaitSecondFactorSetting();
            if (settings.secondFactorRequired()) {
                settings.requireSecondFactor(false);
            }
            assertThat(settings.secondFactorRequired()).isFalse();
            settings.signOutFromTheDashboard();
        }
        DashboardPage frontDesk = signedIn("practice-mate", "demo.frontdesk");
        assertThat(frontDesk.address()).as("optional again once switched off")
                .endsWith("/oa/practice-mate/index.xhtml");
        frontDesk.signOut();
    }

    /** Replaces demo.admin's SFTP credential (demo-sftp): runs after the SFTP journey of the Service Center. */
    @Test
    void administratorGeneratesSftpCredentialsThatWorkAtOnceAndReplaceTheOldOnes() throws Exception {
        ConfirmPage stepUp = administratorInServiceCenter().openSftpAccess();

        // Step-up: handing out a machine credential asks for a second factor again, here an e-mailed code.
        assertThat(stepUp.address()).endsWith("/oa/service-center/confirm.xhtml?next=sftp.xhtml");
        assertThat(stepUp.confirmRefused("000000").error()).isNotBlank();
        stepUp = ConfirmPage.openBefore(browser(), "service-center", "sftp.xhtml");
        int mailsBefore = Mailbox.count();
        assertThat(stepUp.emailMeACode().info()).contains("We sent a code to");
        SftpAccessPage sftp = stepUp.confirmToSftpAccess(Mailbox.codeAfter(mailsBefore));
        assertThat(sftp.address()).endsWith("/oa/service-center/sftp.xhtml");
        sftp.generate();
        String username = sftp.username();
        String secret = sftp.secret();
        assertThat(username).isNotEqualTo("demo-sftp");
        assertThat(OpenSshSftp.batch(SFTP_PORT, username, secret, "ls -1").exitCode()).isZero();
        assertThat(OpenSshSftp.batch(SFTP_PORT, "demo-sftp", PASSWORD, "ls -1").exitCode())
                .as("the earlier credential stopped working").isNotZero();

        assertThat(sftp.revoke().info()).contains("revoked");
        assertThat(OpenSshSftp.batch(SFTP_PORT, username, secret, "ls -1").exitCode()).isNotZero();
        sftp.signOutFromTheDashboard();
    }
}
