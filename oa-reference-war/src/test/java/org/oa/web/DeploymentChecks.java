package org.oa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The deployment as a whole over plain HTTP: the landing page, each portal's login page for anonymous visitors,
 * security headers, the not-found page, loopback-only sockets and the keep-alive that answers only a session.
 */
abstract class DeploymentChecks extends ContainerTest {

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
        Assumptions.assumeTrue(Files.exists(procNet), "needs Linux /proc");
        ProcessHandle payara = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").contains("payara-micro.jar"))
                .filter(p -> p.info().commandLine().orElse("").contains("--deploy"))
                .filter(p -> p.info().commandLine().orElse("").contains("--port " + HTTP_PORT))
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

    @Test
    void keepAliveAnswersOnlyASignedInSession() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> anonymous = client.send(HttpRequest.newBuilder(URI.create(url("ehr/keep-alive")))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(302);
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
