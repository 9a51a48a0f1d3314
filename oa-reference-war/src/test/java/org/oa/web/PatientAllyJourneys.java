package org.oa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oa.core.claim.Claim;
import org.oa.core.patient.Patient;
import org.oa.core.patient.Sex;
import org.oa.core.patient.Subscriber;
import org.oa.web.infrastructure.payer.SyntheticClaims;
import org.oa.web.pages.AdministrationPage;
import org.oa.web.pages.FileSummaryPage;
import org.oa.web.pages.PatientDashboardPage;

/**
 * Patient Ally, the patients' portal: demo.patient sees their own record (Casey Patient's, linked by the demo
 * data) and nothing in the request can name another; the practice's audit trail has the read under the record's
 * ID only.
 */
abstract class PatientAllyJourneys extends BrowserJourney {

    /**
     * demo.patient sees their own record on the Patient Ally dashboard; nothing in the request can name another
     * record. The read is in the practice's audit trail under the record's ID, and an 837 claim for Casey is linked
     * to the same record (the trail shows the match under that ID).
     */
    @Test
    void patientSeesTheirOwnRecordOnTheDashboardAndTheReadIsAuditedByPatientId() throws Exception {
        String masked = "\u2022".repeat(8) + "0001";
        PatientDashboardPage record = signedIn("patient", "demo.patient").asPatientDashboard();
        assertThat(record.patientName()).isEqualTo("Casey Patient");
        assertThat(record.birthDate()).isEqualTo("March 4, 1986");
        assertThat(record.accountNumber()).isEqualTo("SFM-0001");
        assertThat(record.coverages()).containsExactly("Primary OA Simulated Health Plan " + masked,
                "Secondary Greenleaf Mutual Insurance " + masked);
        assertThat(record.source()).as("member IDs only masked").doesNotContain("SIM500000001")
                .doesNotContain("GRN700000001").doesNotContain("Your records, messages");
        assertThat(record.saysNoRecord()).isFalse();
        record.screenshot("patient-record");
        // The page takes no patient from the request: whatever is asked for, it shows the account's own record.
        for (String query : List.of("?id=" + UUID.randomUUID(), "?patient=SFM-0002",
                "?accountNumber=SFM-0002&account=SFM-0002")) {
            record = PatientDashboardPage.openWith(browser(), query);
            assertThat(record.accountNumber()).as(query).isEqualTo("SFM-0001");
        }
        record.signOut();

        // A claim for Casey arrives in an 837 (member ID, birth date and last name as on the record).
        String pcn = "CASEY-" + (1000 + random(9000));
        Claim visit = SyntheticClaims.officeVisit(9, pcn, "SIM500000001");
        Patient casey = new Patient(visit.patient().id(), "CASEY", "PATIENT", LocalDate.of(1986, 3, 4), Sex.FEMALE,
                visit.patient().address());
        Path upload = claimFile("casey-", visit.toBuilder().patient(casey)
                .subscriber(Subscriber.self(casey, "SIM500000001", "GRP100")).build());
        signedIn("service-center", "demo.biller");
        FileSummaryPage summary = upload(upload);
        String fileId = summary.fileId();
        assertThat(fileId).hasSize(36);
        summary.signOutFromTheDashboard();

        // The practice administrator finds the patient's own look at the record, by the record's ID only.
        signedIn("practice-mate", "demo.admin");
        AdministrationPage audit = AdministrationPage.open(browser(), "practice-mate")
                .filterByAction("PATIENT_DATA_VIEWED").search();
        String patientId = audit.patientIdOfFirstEntry(row -> row.contains("record viewed via Patient Ally dashboard")
                && row.contains("demo.patient") && row.contains("PATIENT"));
        assertThat(patientId).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        audit.filterByPatient(patientId).search();
        assertThat(audit.audit()).contains("record viewed via Patient Ally dashboard",
                "coverages viewed via Patient Ally dashboard", "record matched with the claims of file " + fileId);
        HttpResponse<String> csv = audit.auditCsv("action=PATIENT_DATA_VIEWED&patient=" + patientId);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("PATIENT_DATA_VIEWED", "record viewed via Patient Ally dashboard",
                "," + patientId + ",").doesNotContain("Casey").doesNotContain("CASEY")
                .doesNotContain("1986-03-04", "19860304", "March 4, 1986")
                .doesNotContain("SIM500000001");
        audit.signOutFromTheDashboard();
    }
}
