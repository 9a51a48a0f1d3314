package org.oa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The path tricks of issue 11, row 1, replayed against the real deployment through a raw socket (HTTP clients
 * normalise such paths before sending them). Each must be refused: 400 from the path guard, or the same answer
 * as the plain path. The sessions are real: demo.frontdesk in Practice Mate (front desk, not an administrator),
 * demo.office as administrator without step-up.
 */
abstract class PathAttacks extends ContainerTest {

    @Test
    void encodedAndParameterSpellingsOfTheAdministrationPageAreRefusedToFrontDesk() throws Exception {
        String session = signIn("practice-mate", "demo.frontdesk", "practice-mate/index.xhtml");
        assertThat(status("GET", "/oa/practice-mate/admin.xhtml", session)).as("the plain path").isEqualTo(403);
        for (String trick : new String[] {"/oa/practice-mate/%61dmin.xhtml", "/oa/practice-mate/admin.xhtml;x",
                "/oa/practice-mate/./admin.xhtml", "/oa/practice-mate/x/../admin.xhtml", "/oa/practice-mate//admin.xhtml",
                "/oa/practice-mate/ADMIN.xhtml", "/oa/practice-mate/admin.xhtml%3Bx", "/oa/practice-mate/audit.csv;x",
                "/oa/practice-mate/%61udit.csv"}) {
            assertThat(status("GET", trick, session)).as(trick).isIn(400, 403, 404);
        }
    }

    @Test
    void aPracticeMateSessionCannotReachServiceCenterPagesThroughAnySpelling() throws Exception {
        String session = signIn("practice-mate", "demo.frontdesk", "practice-mate/index.xhtml");
        assertThat(status("GET", "/oa/service-center/claims.xhtml", session)).as("the plain path: to the login page")
                .isEqualTo(302);
        for (String trick : new String[] {"/oa//service-center/claims.xhtml", "/oa/%73ervice-center/claims.xhtml",
                "/oa/./service-center/claims.xhtml", "/oa/practice-mate/../service-center/claims.xhtml",
                "/oa//service-center/eras/" + UUID.randomUUID() + ".835",
                "/oa/service-center\\claims.xhtml"}) {
            assertThat(status("GET", trick, session)).as(trick).isEqualTo(400);
        }
        assertThat(status("POST", "/oa//service-center/sftp.xhtml", session)).as("SFTP credentials").isEqualTo(400);
        // A path parameter on a folder is answered by the container itself, before any filter, with a redirect to
        // the folder without it; following that lands on the access rules like the plain path.
        String folderParameter = raw("GET", "/oa/service-center;x/claims.xhtml", session);
        assertThat(folderParameter).as(folderParameter).matches("(?s)HTTP/1.1 (400|301).*");
        if (folderParameter.startsWith("HTTP/1.1 301")) {
            String location = folderParameter.replaceAll("(?s).*\r\nLocation: ([^\r]+)\r\n.*", "$1");
            String path = java.net.URI.create(location).getRawPath();
            assertThat(status("GET", path, session)).as("following " + location + ": refused or to the login page")
                    .isIn(302, 400);
        }
        assertThat(status("GET", "/oa/service-center/eras/" + UUID.randomUUID() + ".835", session))
                .as("an 835 download for another portal's session").isEqualTo(302);
    }

    @Test
    void aPathParameterDoesNotSkipTheStepUpBeforeApiTokens() throws Exception {
        String session = signIn("service-center", "demo.office", "service-center/index.xhtml");
        assertThat(status("GET", "/oa/service-center/api-tokens.xhtml", session)).as("plain: to step-up")
                .isEqualTo(302);
        assertThat(status("GET", "/oa/service-center/api-tokens.xhtml;x", session)).isEqualTo(400);
        assertThat(status("POST", "/oa/service-center/api-tokens.xhtml;x", session)).isEqualTo(400);
        assertThat(status("GET", "/oa/service-center/%61pi-tokens.xhtml", session)).isEqualTo(400);
    }

    @Test
    void aRefusedPathStillCarriesTheSecurityHeadersAndNoStackTrace() throws Exception {
        String answer = raw("GET", "/oa/practice-mate/%61dmin.xhtml", null);
        assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Security-Policy: default-src 'self'")
                .contains("X-Frame-Options: DENY").contains("Address not understood").doesNotContain("Exception");
    }

    /** Signs in over HTTP and returns the session ID, checking the page the sign-in lands on. */
    private String signIn(String portal, String username, String expected) throws Exception {
        PortalHttp browser = new PortalHttp(HTTP_PORT).signedIn(portal, username, PASSWORD, expected);
        return browser.sessionId();
    }

    private int status(String method, String rawPath, String sessionId) throws IOException {
        String answer = raw(method, rawPath, sessionId);
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** Sends the request line exactly as given, with the session cookie, and returns the head of the answer. */
    private String raw(String method, String rawPath, String sessionId) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", HTTP_PORT)) {
            socket.setSoTimeout(30_000);
            String origin = "http://127.0.0.1:" + HTTP_PORT;
            String request = method + " " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1:" + HTTP_PORT
                    + "\r\nOrigin: " + origin + "\r\n"
                    + (sessionId == null ? "" : "Cookie: JSESSIONID=" + sessionId + "\r\n")
                    + (method.equals("POST") ? "Content-Type: application/x-www-form-urlencoded\r\n"
                            + "Content-Length: 25\r\n" : "")
                    + "Connection: close\r\n\r\n" + (method.equals("POST") ? "generate=Generate&x=12345" : "");
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).as(rawPath).startsWith("HTTP/1.1 ");
            return answer;
        }
    }
}
