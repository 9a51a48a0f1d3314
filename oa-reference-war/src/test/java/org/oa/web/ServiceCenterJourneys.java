package org.oa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.oa.core.claim.Claim;
import org.oa.core.remittance.ClaimPayment;
import org.oa.core.remittance.Remittance;
import org.oa.edi.claims.RemittanceMapping;
import org.oa.edi.document.ClaimAcknowledgment;
import org.oa.edi.document.RemittanceTransaction;
import org.oa.edi.document.TransactionDocument;
import org.oa.edi.validation.X12Validator;
import org.oa.web.infrastructure.payer.SyntheticClaims;
import org.oa.web.pages.ClaimEntryPage;
import org.oa.web.pages.ClaimFixPage;
import org.oa.web.pages.ClaimPage;
import org.oa.web.pages.DashboardPage;
import org.oa.web.pages.EnrollmentsPage;
import org.oa.web.pages.FileSummaryPage;
import org.oa.web.pages.FilesPage;
import org.oa.web.pages.ManageClaimsPage;
import org.oa.web.pages.PayersPage;

/**
 * Service Center, as the demo practice's biller and its practice software use it: claims over SFTP with the file
 * summary, acknowledgments, status and ERA coming back; the payer list; upload with the rejected claim's error and
 * the 999; Claim Fix; Online Claim Entry; Manage Claims; enrollment. Runs before any test that hands out new SFTP
 * credentials (the SFTP journey uses the demo credential demo-sftp).
 */
abstract class ServiceCenterJourneys extends BrowserJourney {

    // ---- over SFTP ------------------------------------------------------------------------------------------

    @Test
    void practiceSoftwareSendsClaimsOverSftpAndFetchesFileSummaryAcknowledgmentsStatusAndEra() throws Exception {
        Path upload = claimFile("claims-",
                SyntheticClaims.officeVisit(1, "SFTP-PAID", "XQZ100000001"),
                SyntheticClaims.professional(2, "SFTP-DENIED", "XQZ100000002",
                        SyntheticClaims.line("L1", "99214", "180.00", "GY")),
                SyntheticClaims.officeVisit(3, "SFTP-NOCOV", "NOCOV0000003"));
        OpenSshSftp.Run run = OpenSshSftp.batch(SFTP_PORT, "demo-sftp", PASSWORD,
                "cd inbound", "put " + upload + " sftp-claims.837", "cd ..", "ls -1");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("inbound", "outbound");

        // The practice software polls outbound/ until the ERA is there: intake, SIM01's 277CA and 835 follow.
        Path fetched = Files.createTempDirectory("outbound-");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        Path eraFile = null;
        while (eraFile == null && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            OpenSshSftp.Run get = OpenSshSftp.batch(SFTP_PORT, "demo-sftp", PASSWORD, "cd outbound",
                    "lcd " + fetched, "get *");
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
        assertThat(ours.stream().map(ClaimPayment::paid).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("128.00");

        OpenSshSftp.Run webPassword = OpenSshSftp.batch(SFTP_PORT, "demo.biller", PASSWORD, "ls");
        assertThat(webPassword.exitCode()).as("a web login never opens SFTP").isNotZero();
        OpenSshSftp.Run wrongSecret = OpenSshSftp.batch(SFTP_PORT, "demo-sftp", PASSWORD + "x", "ls");
        assertThat(wrongSecret.exitCode()).isNotZero();
    }

    /** The file in {@code dir} whose name contains {@code name} and whose content contains {@code text}, or null. */
    private static Path containing(Path dir, String name, String text) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().contains(name)).toList()) {
                if (Files.readString(p, StandardCharsets.ISO_8859_1).contains(text)) {
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

    // ---- in the browser --------------------------------------------------------------------------------------

    @Test
    void billerLooksUpAPayerByNameOrIdAndSeesWhereEnrollmentIsRequired() throws Exception {
        PayersPage payers = signedIn("service-center", "demo.biller").openPayerList();
        // Suggestions while typing (PrimeFaces autocomplete): choosing one searches by its payer ID.
        payers.typeTerm("simula");
        payers.awaitSuggestion("SIM01 · OA Simulated Health Plan");
        payers.chooseSuggestion("SIM01");
        payers.search();
        assertThat(payers.rows()).isEqualTo(1);
        assertThat(payers.payers()).contains("SIM01", "OA Simulated Health Plan", "837P", "837I", "835")
                .doesNotContain("!");

        payers.searchFor("medicare");
        assertThat(payers.rows()).isGreaterThan(1);
        assertThat(payers.payers()).contains(" !");
        payers.screenshot("service-center-payers");

        payers.searchFor("no payer is called this");
        assertThat(payers.noPayersMessage()).contains("No payer matches");
        payers.signOutFromTheDashboard();
    }

    @Test
    void billerUploadsAFileReadsTheRejectedClaimsErrorAndDownloadsThe999() throws Exception {
        Claim bad = SyntheticClaims.professional(5, "WEB-BAD", "XQZ100000005",
                SyntheticClaims.line("L1", "9921", "120.00"));
        Path upload = claimFile("upload-", SyntheticClaims.officeVisit(4, "WEB-GOOD", "XQZ100000004"), bad);
        FileSummaryPage summary = signedIn("service-center", "demo.biller").openUpload().upload(upload);

        assertThat(summary.status()).isEqualTo("PROCESSED");
        assertThat(summary.acceptedCount()).startsWith("1 claims");
        assertThat(summary.rejectedCount()).startsWith("1 claims");
        assertThat(summary.claims()).contains("WEB-GOOD", "WEB-BAD", "PROCEDURE_CODE",
                "claim.serviceLines[0].procedureCode");
        summary.screenshot("service-center-file-summary");
        String summaryUrl = summary.address();
        assertThat(summary.showRejectedOnly().claims()).contains("WEB-BAD").doesNotContain("WEB-GOOD");
        summary = FileSummaryPage.reopen(browser(), summaryUrl);

        String ack999 = summary.documentLink("_999.999");
        HttpResponse<String> download = summary.downloadWithThisSession(ack999);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).contains("IK5*E", "AK9*E*1*1*1");
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ack999))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.body()).doesNotContain("AK9");
        HttpResponse<String> unknown = summary.downloadWithThisSession(
                url("service-center/documents/" + UUID.randomUUID() + "/x.999"));
        assertThat(unknown.statusCode()).isEqualTo(404);

        // The same interchange again is recognised and not processed twice.
        FileSummaryPage again = upload(upload);
        assertThat(again.status()).isEqualTo("DUPLICATE");
        assertThat(again.reason()).contains("already received");

        FilesPage files = FilesPage.open(browser());
        assertThat(files.files()).contains(upload.getFileName().toString(), "PROCESSED", "DUPLICATE");
        files.signOutFromTheDashboard();
    }

    @Test
    void billerFixesARejectedClaimInClaimFixAndSeesItAcceptedAndLaterPaid() throws Exception {
        Path upload = claimFile("fix-", SyntheticClaims.professional(6, "FIX-ME", "XQZ100000006",
                SyntheticClaims.line("L1", "992134", "130.00")));
        signedIn("service-center", "demo.biller");
        FileSummaryPage summary = upload(upload);
        assertThat(summary.claims()).contains("FIX-ME", "Rejected", "PROCEDURE_CODE");

        ClaimPage rejected = summary.openClaim("FIX-ME");
        assertThat(rejected.status()).isEqualTo("REJECTED");
        ClaimFixPage fix = rejected.fix();
        assertThat(fix.errorBeside("line0ProcedureCode")).contains("procedure code");
        fix.screenshot("service-center-claim-fix");

        // The edits re-run while typing: the error beside the box goes away once the code is valid.
        fix.retype("line0ProcedureCode", "99213");
        fix.awaitErrorBeside("line0ProcedureCode", "");
        fix.send();
        ClaimPage corrected = fix.claimPage();
        assertThat(corrected.status()).isIn("ACCEPTED", "SENT_TO_PAYER", "ACKNOWLEDGED", "PAID");
        assertThat(corrected.history()).contains("CORRECTED", "demo.biller");

        // SIM01 acknowledges and pays within a few payer-exchange runs.
        String claimUrl = corrected.address();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!corrected.status().equals("PAID") && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            corrected = ClaimPage.reopen(browser(), claimUrl);
        }
        assertThat(corrected.status()).isEqualTo("PAID");
        assertThat(corrected.payerClaimNumber()).startsWith("SIM");
        assertThat(corrected.offersAReplacement()).isTrue();
        corrected.signOutFromTheDashboard();
    }

    @Test
    void billerEntersAClaimInOnlineClaimEntryWithTheSameEditsAsAnUpload() throws Exception {
        DashboardPage dashboard = signedIn("service-center", "demo.biller");
        ClaimEntryPage entry = dashboard.openClaimEntry();
        String[][] boxes = {{"payerId", "SIM01"}, {"memberId", "XQZ100000007"}, {"patientLastName", "SAMPLE"},
                {"patientFirstName", "JORDAN"}, {"patientLine1", "5 ELM ROAD"}, {"patientCity", "COLUMBUS"},
                {"patientState", "OH"}, {"patientZip", "43215"}, {"patientControlNumber", "ENTRY-1"},
                {"placeOfService", "11"}, {"dx0", "E119"}, {"line0ProcedureCode", "99213"}, {"line0Pointers", "A"},
                {"line0Charge", "150.00"}, {"line0Units", "1"}, {"billingName", "SUNRISE FAMILY MEDICINE"},
                {"billingNpi", "1234567893"}, {"billingTaxonomy", "207Q00000X"}, {"billingTaxId", "123456789"},
                {"billingLine1", "100 MAIN STREET"}, {"billingCity", "COLUMBUS"}, {"billingState", "OH"},
                {"billingZip", "432151234"}, {"billingPhone", "6145550100"}};
        for (String[] box : boxes) {
            entry.type(box[0], box[1]);
        }
        // A draft survives leaving the page (as after a session timeout) and comes back in the same tab.
        ClaimEntryPage restored = entry.openDashboard().openClaimEntry();
        assertThat(restored.awaitDraftNotice()).contains("draft", "restored");
        assertThat(restored.valueOf("patientControlNumber")).isEqualTo("ENTRY-1");
        // Date inputs take the date in the browser's locale order; typed through script to stay locale-proof.
        restored.setDate("patientBirthDate", "1985-04-12");
        restored.setDate("line0ServiceFrom", "2026-10-20");
        restored.retype("line0Units", "0");
        restored.awaitErrorBeside("line0Units", "unit");
        restored.retype("line0Units", "1");
        restored.send();
        assertThat(restored.sentToTheClaimPage()).as(restored::liveErrors).isTrue();
        ClaimPage claim = restored.claimPage();
        assertThat(claim.status()).isIn("ACCEPTED", "SENT_TO_PAYER", "ACKNOWLEDGED", "PAID");
        assertThat(claim.patientControlNumber()).isEqualTo("ENTRY-1");

        assertThat(ManageClaimsPage.search(browser(), "entry-1").claims()).contains("ENTRY-1", "SAMPLE, JORDAN",
                "SIM01");
        ManageClaimsPage.searchFindingNothing(browser(), "nobody-has-this").signOutFromTheDashboard();
    }

    @Test
    void manageClaimsPagesSortsAndFiltersEveryClaimInTheDatabaseWithoutACutOff() throws Exception {
        String run = Long.toString(100 + random(800));
        Claim[] claims = new Claim[30];
        for (int i = 0; i < claims.length; i++) {
            claims[i] = SyntheticClaims.officeVisit(i % 20 + 1, "GRID" + run + "-" + (i < 10 ? "0" : "") + i,
                    "XQZ1000" + run + (i < 10 ? "0" : "") + i);
        }
        Path upload = claimFile("grid-", 100_000 + Long.parseLong(run) * 100 + 7, claims);
        signedIn("service-center", "demo.biller");
        assertThat(upload(upload).acceptedCount()).startsWith("30 claims");

        // A bookmarked search presets the filter; the database pages: 25 and then 5.
        ManageClaimsPage grid = ManageClaimsPage.search(browser(), "grid" + run);
        assertThat(grid.pageReport()).isEqualTo("1–25 of 30 claims");
        grid.nextPage();
        grid.awaitPageReport("26–30 of 30 claims");
        assertThat(grid.rowsShown()).isEqualTo(5);

        // Sorting asks the database again: account numbers ascending, then descending.
        grid.sortBy("Account no.");
        grid.awaitPageReport("1–25 of 30 claims");
        grid.awaitFirstAccount("GRID" + run + "-00");
        grid.sortBy("Account no.");
        grid.awaitFirstAccount("GRID" + run + "-29");

        // A column filter narrows what the database returns; a filter it cannot understand says so in words.
        grid.filterPatients("GRID" + run + "-1");
        grid.awaitPageReport("1–10 of 10 claims");
        grid.typeInFilter("Payer", "SIM01!");
        grid.awaitNoClaimsMessage("Payer ID: letters and digits only");
        grid.backspaceInFilter("Payer");
        grid.awaitPageReport("1–10 of 10 claims");

        // The grid fits tablets and phones (it reflows into stacked rows) without sideways scrolling.
        for (int width : new int[] {1280, 768, 390}) {
            assertThat(grid.sidewaysScrollAt(width)).as("Manage Claims at " + width + " px scrolls sideways by")
                    .isZero();
            grid.screenshot("service-center-claims-" + width);
        }
        grid.restoreDesktopWidth();
        grid.signOutFromTheDashboard();
    }

    @Test
    void billerRequestsEnrollmentWithAPayerThatRequiresIt() throws Exception {
        EnrollmentsPage enrollments = signedIn("service-center", "demo.biller").openEnrollments();
        String payer = enrollments.firstPayerId();
        assertThat(enrollments.firstStatus()).isEqualTo("NOT_REQUESTED");
        enrollments = enrollments.requestFirst();
        assertThat(enrollments.messages()).contains("Enrollment requested for " + payer);
        assertThat(enrollments.firstStatus()).isEqualTo("REQUESTED");
        enrollments.signOutFromTheDashboard();
    }
}
