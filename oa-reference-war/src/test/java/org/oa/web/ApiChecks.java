package org.oa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.oa.web.infrastructure.payer.SyntheticClaims;

/**
 * The REST API at /oa/api/v1 over HTTP, as practice software uses it: the real WAR on Payara Micro with the demo
 * data and the two API tokens provisioned through {@code oa.demo.api-token} and
 * {@code oa.demo.second-practice-api-token} (see arquillian.xml). Synthetic data only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ApiChecks extends ContainerTest {

    /** The demo practice's token, as set in arquillian.xml. */
    private static final String TOKEN = "oa_it-demo-practice-api-token-0123456789abcdef";
    /** The second demo practice's token, as set in arquillian.xml. */
    private static final String OTHER_TOKEN = "oa_it-second-practice-api-token-0123456789abcdef";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** Shared between the ordered tests. */
    private static String fileId;
    private static String claimId;
    private static String ack999;
    private static String jsonClaimId;

    @Test
    @Order(1)
    void requestWithoutTokenIsRefusedWithABearerChallengeAndJson() throws Exception {
        for (String path : List.of("files", "payers?q=SIM01", "no-such-resource")) {
            HttpResponse<String> response = send(api(path).GET(), null);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer realm=\"oa-api\""));
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
            assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("missing_token");
        }
        HttpResponse<String> basic = send(api("files").GET().header("Authorization", "Basic ZGVtbzpkZW1v"), null);
        assertThat(basic.statusCode()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void wrongOrMalformedTokenIsRefused() throws Exception {
        for (String token : List.of("oa_" + "x".repeat(43), "not-a-token", TOKEN + "x")) {
            HttpResponse<String> response = send(api("files").GET(), token);
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(v -> assertThat(v).contains("error=\"invalid_token\""));
            assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("invalid_token");
            assertThat(response.body()).doesNotContain(token);
        }
    }

    @Test
    @Order(3)
    void claimFilePostedAsX12IsProcessedAndAnsweredWithItsFileSummary() throws Exception {
        long control = 100_000_000 + System.currentTimeMillis() % 800_000_000;
        byte[] file = SyntheticClaims.claimFile(control, SyntheticClaims.officeVisit(21, "API-X12-GOOD",
                "XQZ100000021"));
        HttpResponse<String> response = send(api("files?name=practice-batch.837").header("Content-Type",
                "application/edi-x12").POST(HttpRequest.BodyPublishers.ofByteArray(file)), TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode summary = JSON.readTree(response.body());
        fileId = summary.get("fileId").asText();
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(v -> assertThat(v).endsWith("/oa/api/v1/files/" + fileId));
        assertThat(summary.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(summary.get("channel").asText()).isEqualTo("API");
        assertThat(summary.get("fileName").asText()).isEqualTo("practice-batch.837");
        assertThat(summary.get("acceptedCount").asInt()).isEqualTo(1);
        assertThat(summary.get("rejectedCount").asInt()).isZero();
        assertThat(summary.get("acceptedCharges").decimalValue()).isEqualByComparingTo("200.00");
        JsonNode claim = summary.get("claims").get(0);
        assertThat(claim.get("patientControlNumber").asText()).isEqualTo("API-X12-GOOD");
        assertThat(claim.get("accepted").asBoolean()).isTrue();
        assertThat(claim.get("stored").asBoolean()).isTrue();
        claimId = claim.get("claimId").asText();
        List<String> documents = new ArrayList<>();
        summary.get("documents").forEach(d -> documents.add(d.asText()));
        assertThat(documents).anyMatch(d -> d.startsWith("FS_HCFA_"));
        ack999 = documents.stream().filter(d -> d.endsWith("_999.999")).findFirst().orElseThrow();

        HttpResponse<String> again = send(api("files/" + fileId).GET(), TOKEN);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("fileId").asText()).isEqualTo(fileId);

        HttpResponse<String> recent = send(api("files").GET(), TOKEN);
        assertThat(recent.statusCode()).isEqualTo(200);
        JsonNode entry = null;
        for (JsonNode f : JSON.readTree(recent.body())) {
            if (f.get("fileId").asText().equals(fileId)) {
                entry = f;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("acceptedCount").asInt()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void the999OfThePostedFileDownloadsAsText() throws Exception {
        HttpResponse<String> names = send(api("files/" + fileId + "/documents").GET(), TOKEN);
        assertThat(names.statusCode()).isEqualTo(200);
        assertThat(names.body()).contains(ack999);

        HttpResponse<String> download = send(api("files/" + fileId + "/documents/" + ack999).GET(), TOKEN);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
        assertThat(download.body()).startsWith("ISA").contains("ST*999", "AK9*A");

        HttpResponse<String> missing = send(api("files/" + fileId + "/documents/nope.999").GET(), TOKEN);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(missing.body()).get("error").asText()).isEqualTo("not_found");
    }

    @Test
    @Order(5)
    void jsonClaimsMeetTheSameEditsAsAClaimFile() throws Exception {
        String body = "[" + jsonClaim("API-JSON-GOOD", "22", "99213") + "," + jsonClaim("API-JSON-BAD", "23", "9921")
                + "]";
        HttpResponse<String> response = send(api("claims").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), TOKEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).isPresent();
        JsonNode summary = JSON.readTree(response.body());
        assertThat(summary.get("status").asText()).isEqualTo("PROCESSED");
        assertThat(summary.get("channel").asText()).isEqualTo("API");
        assertThat(summary.get("acceptedCount").asInt()).isEqualTo(1);
        assertThat(summary.get("rejectedCount").asInt()).isEqualTo(1);
        JsonNode good = null;
        JsonNode bad = null;
        for (JsonNode c : summary.get("claims")) {
            if (c.get("patientControlNumber").asText().equals("API-JSON-GOOD")) {
                good = c;
            } else {
                bad = c;
            }
        }
        assertThat(good).isNotNull();
        assertThat(bad).isNotNull();
        assertThat(good.get("accepted").asBoolean()).isTrue();
        jsonClaimId = good.get("claimId").asText();
        assertThat(bad.get("patientControlNumber").asText()).isEqualTo("API-JSON-BAD");
        assertThat(bad.get("accepted").asBoolean()).isFalse();
        JsonNode problem = bad.get("problems").get(0);
        assertThat(problem.get("code").asText()).startsWith("PROCEDURE_CODE");
        assertThat(problem.get("severity").asText()).isEqualTo("ERROR");
        assertThat(problem.get("fieldPath").asText()).isEqualTo("claim.serviceLines[0].procedureCode");
        assertThat(problem.get("message").asText()).isNotBlank();
        assertThat(problem.has("hint")).isTrue();
    }

    @Test
    @Order(6)
    void badJsonIsRefusedWithItsPathAndStoresNothing() throws Exception {
        int before = JSON.readTree(send(api("files?limit=200").GET(), TOKEN).body()).size();

        HttpResponse<String> malformed = send(api("claims").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[{\"patientControlNumber\": ")), TOKEN);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("error").asText()).isEqualTo("invalid_claims");
        assertThat(malformed.body()).doesNotContain("Exception", "at org.");

        String missingCharge = jsonClaim("API-JSON-NOCHARGE", "24", "99213").replace("\"charge\":\"150.00\",", "");
        HttpResponse<String> invalid = send(api("claims").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + missingCharge + "]")), TOKEN);
        assertThat(invalid.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(invalid.body());
        assertThat(error.get("problems").get(0).get("path").asText()).isEqualTo("$[0].serviceLines[0].charge");
        assertThat(invalid.body()).doesNotContain("SAMPLE");

        assertThat(JSON.readTree(send(api("files?limit=200").GET(), TOKEN).body()).size()).isEqualTo(before);
    }

    @Test
    @Order(7)
    void claimStatusShowsTheHistory() throws Exception {
        HttpResponse<String> response = send(api("claims/" + claimId).GET(), TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode claim = JSON.readTree(response.body());
        assertThat(claim.get("claimId").asText()).isEqualTo(claimId);
        assertThat(claim.get("patientControlNumber").asText()).isEqualTo("API-X12-GOOD");
        assertThat(claim.get("fileId").asText()).isEqualTo(fileId);
        assertThat(claim.get("status").asText()).isIn("ACCEPTED", "SENT_TO_PAYER", "ACKNOWLEDGED", "PAID");
        assertThat(claim.get("history").get(0).get("to").asText()).isEqualTo("RECEIVED");
        assertThat(claim.get("history").size()).isGreaterThanOrEqualTo(2);

        assertThat(send(api("claims/" + jsonClaimId).GET(), TOKEN).statusCode()).isEqualTo(200);
        assertThat(send(api("claims/" + java.util.UUID.randomUUID()).GET(), TOKEN).statusCode()).isEqualTo(404);
        assertThat(send(api("claims/not-a-uuid").GET(), TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(8)
    void anotherPracticeSeesNoneOfTheFirstPracticesFilesOrClaims() throws Exception {
        for (String path : List.of("files/" + fileId, "files/" + fileId + "/documents",
                "files/" + fileId + "/documents/" + ack999, "claims/" + claimId, "claims/" + jsonClaimId)) {
            HttpResponse<String> response = send(api(path).GET(), OTHER_TOKEN);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(JSON.readTree(response.body()).get("error").asText()).as(path).isEqualTo("not_found");
            assertThat(response.body()).as(path).doesNotContain("API-X12-GOOD", "ISA");
        }
        HttpResponse<String> list = send(api("files").GET(), OTHER_TOKEN);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(fileId);
    }

    @Test
    @Order(9)
    void payerListIsSearchable() throws Exception {
        HttpResponse<String> response = send(api("payers?q=SIM01").GET(), TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode payers = JSON.readTree(response.body());
        assertThat(payers.size()).isGreaterThanOrEqualTo(1);
        assertThat(payers.get(0).get("payerId").asText()).isEqualTo("SIM01");
        assertThat(payers.get(0).get("name").asText()).isNotBlank();
    }

    @Test
    @Order(10)
    void unknownPathsAndMethodsAnswerJsonWithoutStackTraces() throws Exception {
        HttpResponse<String> unknown = send(api("no-such-resource").GET(), TOKEN);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(unknown.body()).get("error").asText()).isEqualTo("not_found");

        HttpResponse<String> wrongType = send(api("files").header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofString("x")), TOKEN);
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.body()).startsWith("{").doesNotContain("Exception");

        HttpResponse<String> wrongMethod = send(api("payers").DELETE(), TOKEN);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).startsWith("{");
    }

    @Test
    @Order(12)
    void eraOfTheClaimsSentComesBackAndOnlyToTheirPractice() throws Exception {
        JsonNode eras = JSON.createArrayNode();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> list = send(api("eras").GET(), TOKEN);
            assertThat(list.statusCode()).isEqualTo(200);
            eras = JSON.readTree(list.body());
            if (eras.size() > 0) {
                break;
            }
            Thread.sleep(1000);
        }
        assertThat(eras.size()).as("SIM01 paid the claims sent through the API").isGreaterThan(0);
        String eraId = eras.get(0).get("id").asText();
        assertThat(eras.get(0).get("payerId").asText()).isEqualTo("SIM01");
        HttpResponse<String> era = send(api("eras/" + eraId + "/835").GET(), TOKEN);
        assertThat(era.statusCode()).isEqualTo(200);
        assertThat(era.body()).startsWith("ISA").contains("ST*835*", "CLP*");
        assertThat(send(api("eras/" + eraId + "/835").GET(), OTHER_TOKEN).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(send(api("eras").GET(), OTHER_TOKEN).body()).size()).isZero();
    }

    @Test
    @Order(11)
    void openApiDocumentDescribesTheApi() throws Exception {
        URI openapi = URI.create("http://127.0.0.1:" + HTTP_PORT + "/openapi");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(openapi).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/files", "/claims", "/payers");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    @Test
    @Order(13)
    void practiceSoftwareRegistersAPatientWithCoveragesFindsReadsAndChangesItAndAnotherPracticeCannot()
            throws Exception {
        String run = Long.toString(System.nanoTime() % 100_000);
        String body = """
                {"lastName":"Apicheck%s","firstName":"Riley","birthDate":"1990-02-03","sex":"F",
                 "address":{"line1":"1 Elm St","city":"Springfield","state":"IL","zip":"62701"},
                 "phone":"217-555-0142","email":"riley@example.org","externalId":"OLD-%s",
                 "coverages":[{"payerId":"SIM01","memberId":"SIM777%s","order":"PRIMARY","relationship":"SELF"}]}
                """.formatted(run, run, run);
        HttpResponse<String> created = send(api("patients").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), TOKEN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode patient = JSON.readTree(created.body());
        String id = patient.get("id").asText();
        assertThat(patient.get("accountNumber").asText()).startsWith("P-");
        assertThat(patient.get("externalId").asText()).isEqualTo("OLD-" + run);
        assertThat(patient.get("coverages").get(0).get("payerId").asText()).isEqualTo("SIM01");
        assertThat(patient.get("coverages").get(0).get("order").asText()).isEqualTo("PRIMARY");

        HttpResponse<String> again = send(api("patients").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), TOKEN);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("error").asText()).isEqualTo("possible_duplicate");

        HttpResponse<String> bad = send(api("patients").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"lastName\":\"X\",\"firstName\":\"Y\","
                        + "\"birthDate\":\"1990-02-30\",\"coverages\":[{\"payerId\":\"NOSUCH\","
                        + "\"memberId\":\"M1\",\"order\":\"PRIMARY\"}]}")), TOKEN);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("$.birthDate", "$.coverages[0].payerId").doesNotContain("Exception");

        HttpResponse<String> found = send(api("patients?q=apicheck" + run).GET(), TOKEN);
        assertThat(JSON.readTree(found.body()).get("items")).extracting(n -> n.get("id").asText())
                .containsExactly(id);
        assertThat(JSON.readTree(send(api("patients?q=1990-02-03").GET(), TOKEN).body()).get("items"))
                .extracting(n -> n.get("id").asText()).contains(id);

        HttpResponse<String> changed = send(api("patients/" + id).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.replace("riley@example.org", "new@example.org")
                        .replace("\"coverages\":[", "\"coverages\":[{\"payerId\":\"BLU10\",\"memberId\":"
                                + "\"BLU55\",\"order\":\"SECONDARY\",\"relationship\":\"SELF\"},"))), TOKEN);
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode after = JSON.readTree(send(api("patients/" + id).GET(), TOKEN).body());
        assertThat(after.get("email").asText()).isEqualTo("new@example.org");
        assertThat(after.get("coverages")).extracting(c -> c.get("payerId").asText())
                .containsExactly("SIM01", "BLU10");

        // Another practice's token: the patient does not exist for it, in every verb.
        assertThat(send(api("patients/" + id).GET(), OTHER_TOKEN).statusCode()).isEqualTo(404);
        assertThat(send(api("patients/" + id).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)), OTHER_TOKEN).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(send(api("patients?q=apicheck" + run).GET(), OTHER_TOKEN).body()).get("items"))
                .isEmpty();
        assertThat(send(api("patients/not-an-id").GET(), TOKEN).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(14)
    void providersAndLocationsAreThoseOfTheCallingPractice() throws Exception {
        JsonNode providers = JSON.readTree(send(api("providers").GET(), TOKEN).body()).get("items");
        assertThat(providers).extracting(p -> p.get("name").asText()).contains("Avery Stone", "Blake Rivera");
        assertThat(providers).allSatisfy(p -> assertThat(p.get("npi").asText()).hasSize(10));
        JsonNode locations = JSON.readTree(send(api("locations").GET(), TOKEN).body()).get("items");
        assertThat(locations).extracting(l -> l.get("name").asText()).containsExactly("Sunrise Main Street Clinic");
        JsonNode theirs = JSON.readTree(send(api("locations").GET(), OTHER_TOKEN).body()).get("items");
        assertThat(theirs).extracting(l -> l.get("name").asText()).doesNotContain("Sunrise Main Street Clinic");
    }

    @Test
    @Order(15)
    void practiceSoftwareBooksIsRefusedADoubleBookingRepeatsCancelsOneOccurrenceChecksInAndReadsTheFeed()
            throws Exception {
        String provider = null;
        for (JsonNode p : JSON.readTree(send(api("providers").GET(), TOKEN).body()).get("items")) {
            if (p.get("name").asText().equals("Avery Stone")) {
                provider = p.get("id").asText();
            }
        }
        assertThat(provider).isNotNull();
        String location = JSON.readTree(send(api("locations").GET(), TOKEN).body()).get("items").get(0).get("id")
                .asText();
        String patient = JSON.readTree(send(api("patients?q=SFM-0001").GET(), TOKEN).body()).get("items").get(0)
                .get("id").asText();
        // A Monday three weeks ahead (Dr. Stone: 8-12 and 13-17 in the practice's zone, America/Chicago).
        ZoneId chicago = ZoneId.of("America/Chicago");
        LocalDate monday = LocalDate.now(chicago).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(3);
        ZoneOffset offset = chicago.getRules().getOffset(monday.atTime(9, 0));
        String nine = monday + "T09:00:00" + offset;

        HttpResponse<String> first = post("appointments", booking(patient, provider, location, nine, ""));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonNode booked = JSON.readTree(first.body());
        String firstId = booked.get("id").asText();
        assertThat(booked.get("start").asText()).isEqualTo(nine);
        assertThat(booked.get("minutes").asInt()).isEqualTo(30);
        assertThat(booked.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(first.headers().firstValue("Location").orElse("")).endsWith("/appointments/" + firstId);

        // 9:15 overlaps 9:00-9:30: refused, naming the appointment in the way; with a reason it is booked.
        String quarterPast = monday + "T09:15:00" + offset;
        HttpResponse<String> taken = post("appointments", booking(patient, provider, location, quarterPast, ""));
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(409);
        JsonNode refusal = JSON.readTree(taken.body());
        assertThat(refusal.get("error").asText()).isEqualTo("slot_taken");
        assertThat(refusal.get("message").asText()).contains("override");
        assertThat(refusal.get("conflicts")).extracting(c -> c.get("id").asText()).containsExactly(firstId);
        assertThat(refusal.get("conflicts").get(0).get("start").asText()).isEqualTo(nine);
        HttpResponse<String> overridden = post("appointments", booking(patient, provider, location, quarterPast,
                ",\"override\":{\"reason\":\"urgent: fever\"}"));
        assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(201);
        // Right after the last one is not an overlap (the end is exclusive).
        assertThat(post("appointments", booking(patient, provider, location, monday + "T09:45:00" + offset, ""))
                .statusCode()).isEqualTo(201);
        // Sunday: outside office hours.
        HttpResponse<String> sunday = post("appointments", booking(patient, provider, location,
                monday.minusDays(1) + "T09:00:00" + offset, ""));
        assertThat(sunday.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(sunday.body()).get("error").asText()).isEqualTo("outside_office_hours");

        // Every week at 10:30, four times; cancelling the second leaves the other three.
        HttpResponse<String> series = post("appointments", booking(patient, provider, location,
                monday + "T10:30:00" + offset, ",\"rrule\":\"FREQ=WEEKLY;COUNT=4\""));
        assertThat(series.statusCode()).as(series.body()).isEqualTo(201);
        JsonNode occurrences = JSON.readTree(series.body()).get("occurrences");
        assertThat(occurrences).hasSize(4);
        assertThat(JSON.readTree(series.body()).get("seriesId").asText()).isNotBlank();
        String second = occurrences.get(1).get("id").asText();
        HttpResponse<String> cancelled = send(api("appointments/" + second + "?reason=patient%20travelling")
                .DELETE(), TOKEN);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(JSON.readTree(cancelled.body()).get("status").asText()).isEqualTo("CANCELLED");
        JsonNode month = JSON.readTree(send(api("appointments?providerId=" + provider + "&from=" + monday + "&to="
                + monday.plusWeeks(4)).GET(), TOKEN).body()).get("items");
        List<String> seriesStatuses = new ArrayList<>();
        for (JsonNode a : month) {
            if (a.has("seriesId") && a.get("start").asText().contains("T10:30:00")) {
                seriesStatuses.add(a.get("status").asText());
            }
        }
        assertThat(seriesStatuses).containsExactly("SCHEDULED", "CANCELLED", "SCHEDULED", "SCHEDULED");

        // Check-in once; twice is refused.
        HttpResponse<String> arrived = post("appointments/" + firstId + "/check-in", "");
        assertThat(arrived.statusCode()).as(arrived.body()).isEqualTo(200);
        assertThat(JSON.readTree(arrived.body()).get("status").asText()).isEqualTo("ARRIVED");
        assertThat(post("appointments/" + firstId + "/check-in", "").statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(send(api("appointments/" + firstId).GET(), TOKEN).body()).get("status").asText())
                .isEqualTo("ARRIVED");

        // Bad input names the fields; nothing is booked.
        HttpResponse<String> bad = post("appointments", "{\"patientId\":\"x\",\"start\":\"Monday\",\"minutes\":3}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("problems")).extracting(p -> p.get("path").asText())
                .contains("patientId", "providerId", "locationId", "start", "minutes");

        // The feed: times, types and place; no patient.
        HttpResponse<String> feed = send(api("providers/" + provider + "/calendar.ics").GET(), TOKEN);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(feed.body()).contains("BEGIN:VCALENDAR", "UID:" + firstId + "@oa", "SUMMARY:Follow-up",
                "STATUS:CANCELLED").doesNotContain("Casey", "SFM-0001", "fever", patient);

        // Another practice: none of it exists for them; and a made-up calendar token opens nothing.
        assertThat(send(api("appointments/" + firstId).GET(), OTHER_TOKEN).statusCode()).isEqualTo(404);
        assertThat(send(api("appointments/" + firstId).DELETE(), OTHER_TOKEN).statusCode()).isEqualTo(404);
        assertThat(post("appointments/" + firstId + "/check-in", "", OTHER_TOKEN).statusCode()).isEqualTo(404);
        assertThat(send(api("appointments?providerId=" + provider + "&from=" + monday + "&to=" + monday).GET(),
                OTHER_TOKEN).statusCode()).isEqualTo(404);
        assertThat(send(api("providers/" + provider + "/calendar.ics").GET(), OTHER_TOKEN).statusCode())
                .isEqualTo(404);
        HttpResponse<String> theirs = post("appointments", booking(patient, provider, location,
                monday + "T11:00:00" + offset, ""), OTHER_TOKEN);
        assertThat(theirs.statusCode()).as(theirs.body()).isEqualTo(404);
        assertThat(send(api("providers/" + provider + "/calendar.ics?token=oacal_madeup").GET(), null)
                .statusCode()).isEqualTo(401);
        assertThat(send(api("claims?token=oacal_madeup").GET(), null).statusCode()).isEqualTo(401);
    }

    @Test
    @Order(16)
    void aPatientBookedForTomorrowGetsOneReminderByEmailWithThePracticeAndTheTimeOnly() throws Exception {
        String run = Long.toString(System.nanoTime() % 100_000);
        String email = "reminder" + run + "@example.org";
        HttpResponse<String> registered = post("patients", """
                {"lastName":"Remindme%s","firstName":"Quinn","birthDate":"1985-07-08","sex":"U",
                 "address":{"line1":"9 Oak St","city":"Springfield","state":"IL","zip":"62701"},
                 "phone":"217-555-0177","email":"%s","coverages":[]}
                """.formatted(run, email));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String patient = JSON.readTree(registered.body()).get("id").asText();
        String provider = JSON.readTree(send(api("providers").GET(), TOKEN).body()).get("items").get(0).get("id")
                .asText();
        String location = JSON.readTree(send(api("locations").GET(), TOKEN).body()).get("items").get(0).get("id")
                .asText();
        // Two hours from now, whatever the office hours are then: booked with a reason.
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now(ZoneId.of("America/Chicago")).plusHours(2)
                .withSecond(0).withNano(0);
        int before = Mailbox.count();
        HttpResponse<String> booked = post("appointments", booking(patient, provider, location,
                start.toString(),
                ",\"override\":{\"reason\":\"reminder check\"}"));
        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(201);

        jakarta.mail.internet.MimeMessage reminder = Mailbox.after(before,
                "Appointment reminder from Sunrise Family Medicine");
        assertThat(java.util.Arrays.toString(reminder.getAllRecipients())).contains(email);
        String body = Mailbox.body(reminder);
        assertThat(body).contains("Sunrise Family Medicine", "you have an appointment on")
                .doesNotContain("Remindme", "Quinn", "Follow-up", "Stone", "Rivera");
        // One reminder per appointment: none again after more runs.
        Thread.sleep(8_000);
        assertThat(Mailbox.received().subList(before, Mailbox.count()).stream()
                .filter(m -> {
                    try {
                        return java.util.Arrays.toString(m.getAllRecipients()).contains(email);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).count()).isEqualTo(1);
    }

    private static String booking(String patient, String provider, String location, String start, String more) {
        return "{\"patientId\":\"" + patient + "\",\"providerId\":\"" + provider + "\",\"locationId\":\"" + location
                + "\",\"start\":\"" + start + "\",\"minutes\":30,\"type\":\"FOLLOWUP\"" + more + "}";
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        return post(path, json, TOKEN);
    }

    private HttpResponse<String> post(String path, String json, String token) throws Exception {
        return send(api(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + HTTP_PORT + "/oa/api/v1/" + path))
                .timeout(Duration.ofSeconds(60));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A synthetic office visit to SIM01 in the documented JSON shape; patient {@code n} is invented. */
    private static String jsonClaim(String pcn, String n, String procedure) {
        return """
                {"patientControlNumber":"%s","payerId":"SIM01","placeOfService":"11","diagnoses":["E119","I10"],
                 "billingProvider":{"name":"SUNRISE FAMILY MEDICINE","npi":"1234567893","taxonomy":"207Q00000X",
                   "taxId":"123456789","phone":"6145550100","address":{"line1":"100 MAIN STREET","line2":"SUITE 2",
                   "city":"COLUMBUS","state":"OH","zip":"432151234"}},
                 "renderingProviderNpi":"1245319599",
                 "patient":{"firstName":"ALEX","lastName":"SAMPLE%s","birthDate":"1980-03-14","sex":"F",
                   "address":{"line1":"5 ELM ROAD","city":"COLUMBUS","state":"OH","zip":"43215"}},
                 "subscriber":{"memberId":"XQZ1000000%s","groupNumber":"GRP100","relationshipCode":"18"},
                 "serviceLines":[{"procedureCode":"%s","modifiers":["25"],"charge":"150.00","units":1,
                   "serviceDate":"2026-10-15","diagnosisPointers":[1]}]}
                """.formatted(pcn, n, n, procedure);
    }
}
