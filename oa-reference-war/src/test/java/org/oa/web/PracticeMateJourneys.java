package org.oa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.oa.web.pages.PatientImportPage;
import org.oa.web.pages.PatientRecordPage;
import org.oa.web.pages.SchedulePage;
import org.oa.web.pages.StaffDashboardPage;

/** Practice Mate's front desk: today's office, finding a patient, registering one and their insurance. */
abstract class PracticeMateJourneys extends BrowserJourney {

    @Test
    void frontDeskSeesWhoIsInTodayFindsAPatientByNameBirthDateOrPhoneAndAnUnreadablePhoneIsSaid() throws Exception {
        signedIn("practice-mate", "demo.frontdesk");
        StaffDashboardPage dashboard = StaffDashboardPage.current(browser());
        assertThat(dashboard.inOffice()).startsWith("Today, ");
        assertThat(dashboard.results()).containsPattern("1–10 of \\d+ patients");
        for (int width : new int[] {1280, 768, 390}) {
            assertThat(dashboard.sidewaysScrollAt(width)).as("page width at " + width).isZero();
            dashboard.screenshot("practice-mate-dashboard-" + width);
        }
        dashboard.restoreDesktopWidth();

        // (Another journey may have registered a second Casey Patient, born the same day, on purpose.)
        assertThat(dashboard.find("patient, ca", null, null, null).names()).isNotEmpty()
                .allMatch("Patient, Casey"::equals);
        assertThat(dashboard.find(null, "03/04/1986", null, null).names()).contains("Patient, Casey");
        assertThat(dashboard.find(null, null, null, "(217) 555-0101").names()).contains("Patient, Casey");
        assertThat(dashboard.find(null, null, null, "555").results()).contains("Phone: type the 10 digits");
        dashboard.signOut();
    }

    @Test
    void frontDeskRegistersAPatientIsAskedAboutTheSameNameAndBirthDateAndAddsInsurance() throws Exception {
        signedIn("practice-mate", "demo.frontdesk");
        PatientRecordPage page = StaffDashboardPage.current(browser()).openNewPatient();
        assertThat(page.title()).isEqualTo("New patient");
        assertThat(page.value("accountNumber")).startsWith("P-");

        page = page.typeIn("lastName", "Patient").typeIn("zip", "12").typeIn("mobilePhone", "555").save();
        assertThat(page.problems()).contains("Name: first and last name are needed", "Date of birth: needed",
                "ZIP code: five digits", "Phone: the 10 digits");

        page = page.typeIn("firstName", "Casey").birthDate("03/04/1986").typeIn("zip", "62701")
                .typeIn("mobilePhone", "217-555-0199").save();
        assertThat(page.possibleDuplicates()).anyMatch(d -> d.startsWith("Patient, Casey · born 03/04/1986"));
        page = page.registerAnyway();
        assertThat(page.title()).isEqualTo("Patient, Casey");
        assertThat(page.problems()).contains("The patient is registered.");
        String id = URI.create(page.address()).getQuery().replace("id=", "");

        page = page.addCoverage("SIM0", "SIM01", "SIM123456789", "PRIMARY");
        assertThat(page.coverages()).contains("Primary", "OA Simulated Health Plan (SIM01)", "SIM123456789");
        page = page.addCoverage("BLU1", "BLU10", "BLU999", "PRIMARY");
        assertThat(page.coverages()).contains("another primary coverage in effect");
        page.screenshot("practice-mate-patient");

        page = page.status("INACTIVE").save();
        assertThat(page.problems()).contains("The changes are saved.");
        assertThat(new org.openqa.selenium.support.ui.Select(browser().findElement(
                org.openqa.selenium.By.id("status"))).getFirstSelectedOption().getText()).startsWith("Inactive");

        // Another practice's or an unknown patient ID, or one that is not an ID: the same not-found page.
        HttpClient desk = signInElsewhere("practice-mate", "demo.frontdesk", PASSWORD);
        HttpResponse<String> theirs = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(
                "api/v1/patients"))).header("Authorization", "Bearer oa_it-second-practice-api-token-0123456789abcdef")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"lastName\":\"Lakeside\",\"firstName\":\"Kim\",\"birthDate\":\"2015-06-07\","
                                + "\"confirmNotDuplicate\":true}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(201);
        String theirId = theirs.body().replaceAll("(?s).*\"id\":\"([0-9a-f-]{36})\".*", "$1");
        for (String other : new String[] {theirId, UUID.randomUUID().toString(), "not-an-id", id + "'"}) {
            HttpResponse<String> answer = desk.send(HttpRequest.newBuilder(URI.create(url(
                    "practice-mate/patient.xhtml?id=" + java.net.URLEncoder.encode(other,
                            java.nio.charset.StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(other).isEqualTo(404);
            assertThat(answer.body()).as(other).contains("Page not found").doesNotContain("Patient, Casey");
        }
        browser().get(url("practice-mate/index.xhtml"));
        StaffDashboardPage.current(browser()).signOut();
    }

    @Test
    void theServiceCentersSessionDoesNotOpenPracticeMatesPatientPage() throws Exception {
        HttpClient biller = signInElsewhere("service-center", "demo.biller", PASSWORD);
        HttpResponse<String> answer = biller.send(HttpRequest.newBuilder(URI.create(url(
                "practice-mate/patient.xhtml"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isIn(302, 303);
        assertThat(answer.headers().firstValue("Location").orElse("")).contains("practice-mate/login.xhtml");
    }

    @Test
    void aPracticeMovingInImportsItsPatientsAfterACheckThatNamesEachBadRowAndColumnAndAgainChangesNothing()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String header = "externalId,lastName,firstName,birthDate,sex,city,state,zip,payerId,memberId\r\n";
        String good = "OLD-" + run + "-1,Importa,Quinn,1990-02-03,F,Springfield,IL,62701,SIM01,SIMQ1001\r\n"
                + "OLD-" + run + "-2,Importa,Rowan,02/14/1985,M,Springfield,IL,62702,,\r\n"
                + "OLD-" + run + "-3,Importa,Sasha,1978-11-30,U,Chatham,IL,62629,SIM01,SIMQ1003\r\n";
        String bad = "OLD-" + run + "-1,Importa,Quinn,1990-13-40,F,Springfield,IL,62701,ZZZ99,SIMQ1001\r\n"
                + "OLD-" + run + "-2,Importa,Rowan,02/14/1985,M,Springfield,IL,62702,SIM01,\r\n"
                + "OLD-" + run + "-3,Importa,Sasha,1978-11-30,U,Chatham,IL,62629,SIM01,SIMQ1003\r\n";
        Path badFile = Files.createTempFile("patients-bad-", ".csv");
        Files.writeString(badFile, header + bad, StandardCharsets.UTF_8);
        Path goodFile = Files.createTempFile("patients-", ".csv");
        Files.writeString(goodFile, header + good, StandardCharsets.UTF_8);
        Path latin1 = Files.createTempFile("patients-latin1-", ".csv");
        Files.write(latin1, (header + "OLD-" + run + "-9,Mu\u00f1oz,Inés,1990-02-03,F,,,,,\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));

        signedIn("practice-mate", "demo.frontdesk");
        PatientImportPage page = PatientImportPage.open(browser());

        page = page.upload(latin1);
        assertThat(page.said()).contains("is not saved as UTF-8 text");

        page = page.upload(badFile);
        assertThat(page.summary()).contains("3 rows", "2 rows with problems");
        assertThat(page.offersImport()).isFalse();
        assertThat(page.lines()).anyMatch(l -> l.startsWith("2 | Cannot be imported | birthDate | "))
                .anyMatch(l -> l.startsWith("2 | Cannot be imported | payerId | ")
                        && l.contains("not on the payer list"))
                .anyMatch(l -> l.startsWith("3 | Cannot be imported | memberId | "));
        for (int width : new int[] {1280, 768, 390}) {
            assertThat(page.sidewaysScrollAt(width)).as("page width at " + width).isZero();
            page.screenshot("practice-mate-import-check-" + width);
        }
        page.restoreDesktopWidth();

        page = page.upload(goodFile);
        assertThat(page.summary()).contains("3 rows: 3 new patients, 0 patients to update, 0 unchanged");
        assertThat(page.offersImport()).isTrue();
        page = page.importNow();
        assertThat(page.heading()).isEqualTo("3. Imported");
        assertThat(page.said()).contains("Imported: 3 rows: 3 new patients");
        page.screenshot("practice-mate-import-done");

        // The same file again: recognised by its external IDs, nothing to write.
        page = PatientImportPage.open(browser()).upload(goodFile);
        assertThat(page.summary()).contains("3 rows: 0 new patients, 0 patients to update, 3 unchanged");
        page = page.importNow();
        assertThat(page.heading()).isEqualTo("3. Imported");

        browser().get(url("practice-mate/index.xhtml"));
        StaffDashboardPage dashboard = StaffDashboardPage.current(browser());
        assertThat(dashboard.find("importa, quinn", null, null, null).names()).containsExactly("Importa, Quinn");
        dashboard.signOut();
    }


    @Test
    void frontDeskBooksIsStoppedFromDoubleBookingRepeatsCancelsOneOccurrenceChecksInAndSubscribesAPhone()
            throws Exception {
        // A Monday two weeks ahead: Dr. Stone sees patients 8-12 and 13-17, Dr. Rivera 9-12:30 (demo hours).
        LocalDate monday = LocalDate.now(ZoneId.of("America/Chicago")).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .plusWeeks(2);
        String day = DateTimeFormatter.ofPattern("MM/dd/yyyy").format(monday);
        signedIn("practice-mate", "demo.frontdesk");
        SchedulePage page = SchedulePage.open(browser(), monday);
        assertThat(page.providers()).contains("Avery Stone", "Blake Rivera");
        assertThat(page.heading()).startsWith("Monday, ");

        page.clickFreeTime("Avery Stone", "09:00:00");
        assertThat(page.bookingStart()).isEqualTo(day + " 09:00 AM");
        page.choosePatient("Patient, Ca", "Patient, Casey · born 03/04/1986").book();
        assertThat(page.bookingOpen()).isFalse();
        assertThat(page.said()).startsWith("Booked Patient, Casey with Avery Stone on Monday");
        assertThat(page.appointments("Avery Stone")).anyMatch(a -> a.startsWith("9:00 - 9:20")
                && a.contains("Patient, Casey · Follow-up"));

        // The same provider ten minutes later: refused with the appointment in the way, booked only with a reason.
        page.openBooking().provider("Avery Stone").start(day + " 09:10 AM")
                .choosePatient("Example, Ja", "Example, Jamie").book();
        assertThat(page.bookingOpen()).isTrue();
        assertThat(page.bookingSays()).contains("That time is taken", "slot_taken",
                "The provider has an appointment Monday", "at 9:00 AM to 9:20 AM");
        page.overrideReason("urgent: fever since yesterday").book();
        assertThat(page.bookingOpen()).isFalse();
        assertThat(page.said()).startsWith("Booked Example, Jamie with Avery Stone");
        assertThat(page.appointments("Avery Stone")).anyMatch(a -> a.startsWith("9:10 - 9:30"));

        // Every week, four times; cancelling the second leaves the first and the third.
        page.clickFreeTime("Blake Rivera", "10:00:00").choosePatient("Patient, Ca", "Patient, Casey")
                .repeat("Every week", 4).book();
        assertThat(page.said()).startsWith("Booked 4 appointments from Patient, Casey with Blake Rivera");
        page = SchedulePage.open(browser(), monday.plusWeeks(1));
        page.openAppointment("Blake Rivera", "Patient, Casey");
        assertThat(page.appointmentStatus()).isEqualTo("Scheduled");
        page.cancel("patient travelling that week", "Only this appointment");
        assertThat(page.said()).startsWith("Cancelled Patient, Casey");
        assertThat(page.appointments("Blake Rivera")).anyMatch(a -> a.contains("Patient, Casey")
                && a.contains("Cancelled"));
        assertThat(SchedulePage.open(browser(), monday.plusWeeks(2)).appointments("Blake Rivera"))
                .anyMatch(a -> a.startsWith("10:00") && a.contains("Patient, Casey") && !a.contains("Cancelled"));

        // The day itself: Casey arrives.
        page = SchedulePage.open(browser(), monday);
        page.openAppointment("Avery Stone", "Patient, Casey").act("check-in");
        assertThat(page.said()).startsWith("Checked in: Patient, Casey");
        assertThat(page.openAppointment("Avery Stone", "Patient, Casey").appointmentStatus()).isEqualTo("Checked in");
        page = SchedulePage.open(browser(), monday).follow("view-week");
        assertThat(page.heading()).startsWith("Week of Sunday, ").endsWith("· Blake Rivera");
        assertThat(page.appointments("Blake Rivera")).anyMatch(a -> a.contains("Patient, Casey"));
        page = page.follow("next-day").follow("view-day");
        assertThat(page.heading()).isEqualTo(DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy", java.util.Locale.US)
                .format(monday.plusWeeks(1)));
        page = SchedulePage.open(browser(), monday);
        for (int width : new int[] {1280, 768, 390}) {
            assertThat(page.sidewaysScrollAt(width)).as("page width at " + width).isZero();
            page.screenshot("practice-mate-schedule-" + width);
        }
        page.restoreDesktopWidth();

        // A phone subscribes with a secret link: times, types and place, no patient; a new link ends the old one.
        String link = page.makeCalendarLink("Avery Stone");
        assertThat(link).contains("/oa/api/v1/providers/").contains("/calendar.ics?token=oacal_");
        HttpResponse<String> feed = fetch(link);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.body()).contains("BEGIN:VCALENDAR", "SUMMARY:Follow-up", "Sunrise Main Street Clinic")
                .doesNotContain("Casey", "Patient", "SFM-0001", "Jamie", "fever");
        String newer = page.makeCalendarLink("Avery Stone");
        assertThat(newer).isNotEqualTo(link);
        assertThat(fetch(link).statusCode()).isEqualTo(401);
        assertThat(fetch(newer).statusCode()).isEqualTo(200);
        // The link opens that provider's calendar only, and nothing else of the API.
        String rivera = newer.replaceAll("providers/[0-9a-f-]+/", "providers/" + UUID.randomUUID() + "/");
        assertThat(fetch(rivera).statusCode()).isEqualTo(401);
        assertThat(fetch(newer.replaceAll("providers/[0-9a-f-]+/calendar\\.ics", "patients")).statusCode())
                .isEqualTo(401);
        page.signOut();
    }

    private static HttpResponse<String> fetch(String address) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
