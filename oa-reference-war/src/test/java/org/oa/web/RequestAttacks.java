package org.oa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * The request attacks of issue 11 (rows 5 to 9 and the Host header of row 11), replayed against the real
 * deployment on loopback; each fails if the attack succeeds. The container tests run with limits of 3 MiB for
 * uploads, SFTP files and API bodies (arquillian.xml), so that going past them is quick.
 */
abstract class RequestAttacks extends ContainerTest {

    private static final String TOKEN = "oa_it-demo-practice-api-token-0123456789abcdef";
    private static final int LIMIT = 3 * 1024 * 1024;

    /** #5: the session cookie carries SameSite, so other sites' pages cannot send it along. */
    @Test
    void theSessionCookieIsSameSiteLaxHttpOnly() throws Exception {
        String answer = raw("POST /oa/practice-mate/login.xhtml HTTP/1.1", "Origin: " + origin(),
                "Content-Type: application/x-www-form-urlencoded",
                PortalHttp.form("login", "login", "username", "demo.office", "password", PASSWORD, "signIn", "Sign in",
                        "jakarta.faces.ViewState", "stateless"));
        String cookie = header(answer, "Set-Cookie");
        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    /** #6: a session ID in the URL, without the cookie, is not a session. */
    @Test
    void aSessionIdInTheUrlSignsNobodyIn() throws Exception {
        PortalHttp user = new PortalHttp(HTTP_PORT).signedIn("practice-mate", "demo.office", PASSWORD,
                "practice-mate/index.xhtml");
        String answer = raw("GET /oa/practice-mate/index.xhtml;jsessionid=" + user.sessionId() + " HTTP/1.1");
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).doesNotContain("Sam Office");
        DemoSessions.signOut(user, "practice-mate");
    }

    /** #7: a login form posted from another site is refused, whatever the view state says. */
    @Test
    void aLoginPostedFromAnotherSiteIsRefused() throws Exception {
        String form = PortalHttp.form("login", "login", "username", "demo.office", "password", PASSWORD,
                "signIn", "Sign in", "jakarta.faces.ViewState", "stateless");
        String fromOrigin = raw("POST /oa/practice-mate/login.xhtml HTTP/1.1", "Origin: http://evil.example",
                "Content-Type: application/x-www-form-urlencoded", form);
        assertThat(fromOrigin).startsWith("HTTP/1.1 403").doesNotContain("Set-Cookie: JSESSIONID");
        String fromReferer = raw("POST /oa/practice-mate/login.xhtml HTTP/1.1",
                "Referer: http://evil.example/page", "Content-Type: application/x-www-form-urlencoded", form);
        assertThat(fromReferer).startsWith("HTTP/1.1 403");
        String ownSite = raw("POST /oa/practice-mate/login.xhtml HTTP/1.1", "Origin: " + origin(),
                "Content-Type: application/x-www-form-urlencoded", form);
        assertThat(header(ownSite, "Location")).as("the same form from OA's own pages").endsWith("/index.xhtml");
    }

    /**
     * A form whose answer PrimeFaces must render, posted without the nonce its script adds (JavaScript off, a program,
     * a replayed copy): 400 and a page in words, not the error page, no stack trace. The login is refused as usual.
     */
    @Test
    void aFormPostedWithoutThePagesNonceGetsWordsNotAnErrorPage() throws Exception {
        // An unknown username: refused like a wrong password, and no demo account's failure count moves.
        String form = PortalHttp.form("login", "login", "username", "no.such.user", "password", "not-the-password",
                "signIn", "Sign in", "jakarta.faces.ViewState", "stateless");
        String answer = raw("POST /oa/practice-mate/login.xhtml HTTP/1.1", "Origin: " + origin(),
                "Content-Type: application/x-www-form-urlencoded", form);
        assertThat(answer).startsWith("HTTP/1.1 400").contains("Please open the page again", "CSP_NONCE",
                "href=\"/oa/practice-mate/login.xhtml\"").doesNotContain("Exception", "Something went wrong");
        assertThat(header(answer, "Location")).as("not signed in").isNullOrEmpty();
    }

    /** #8: the server's metrics are not public. */
    @Test
    void metricsAreNotPublic() throws Exception {
        for (String path : new String[] {"/metrics", "/metrics/base", "/metrics/vendor", "/metrics?scope=base"}) {
            String answer = raw("GET " + path + " HTTP/1.1");
            assertThat(answer).as(path).doesNotStartWith("HTTP/1.1 200").doesNotContain("jvm_uptime")
                    .doesNotContain("base_");
        }
    }

    /** #9: an SFTP file over the limit fails with a message, and nothing of it is left or taken. */
    @Test
    void anSftpFileOverTheLimitIsRefusedAndRemoved(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String[] sftp = DemoSessions.issueSftpCredentials(HTTP_PORT);
        Path big = dir.resolve("big.837");
        Files.write(big, new byte[LIMIT + 65536]);
        int port = Integer.parseInt(System.getProperty("oa.it.sftp.port"));
        OpenSshSftp.Run put = OpenSshSftp.batch(port, sftp[0], sftp[1], "put " + big + " inbound/big.837");
        assertThat(put.exitCode()).as(put.output()).isNotZero();
        Thread.sleep(1000);
        OpenSshSftp.Run list = OpenSshSftp.batch(port, sftp[0], sftp[1], "ls -1 inbound");
        assertThat(list.exitCode()).isZero();
        assertThat(list.output()).as("the partial file was removed").doesNotContain("big.837");
        Path small = dir.resolve("small.txt");
        Files.writeString(small, "not a claim file, but within the limit\n");
        assertThat(OpenSshSftp.batch(port, sftp[0], sftp[1], "put " + small + " inbound/small.txt").exitCode())
                .as("a file within the limit still goes through").isZero();
    }

    /** #9: API bodies: over the limit 413, binary 415, nested too deep 400, each with the API's JSON error. */
    @Test
    void apiBodiesOverTheLimitBinaryOrNestedTooDeepAreRefusedWithClearErrors() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        byte[] large = ("ISA*" + "X".repeat(LIMIT)).getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> tooLarge = http.send(api("files").header("Content-Type", "application/edi-x12")
                .POST(HttpRequest.BodyPublishers.ofByteArray(large)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("\"too_large\"");

        byte[] binary = new byte[4096];
        binary[0] = 'I';
        binary[1] = 'S';
        binary[2] = 'A';
        HttpResponse<String> notText = http.send(api("files").header("Content-Type", "application/edi-x12")
                .POST(HttpRequest.BodyPublishers.ofByteArray(binary)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(notText.statusCode()).isEqualTo(415);
        assertThat(notText.body()).contains("\"not_x12\"");

        String deep = "[".repeat(5000) + "]".repeat(5000);
        HttpResponse<String> nested = http.send(api("claims").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(deep)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(nested.body()).contains("nested");
    }

    /** #9: a web upload over the limit is refused with a message naming the file; nothing is received. */
    @Test
    void aWebUploadOverTheLimitIsRefusedWithAMessage() throws Exception {
        PortalHttp biller = new PortalHttp(HTTP_PORT).signedIn("service-center", "demo.biller",
                PASSWORD, "service-center/index.xhtml");
        String page = biller.get("service-center/upload.xhtml").body();
        String boundary = "----oa" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        // As PrimeFaces' uploader sends one file: an Ajax request whose source is the uploader, file part named after it.
        for (String[] field : new String[][] {{"uploadForm", "uploadForm"},
                {"jakarta.faces.ViewState", PortalHttp.viewState(page)},
                {"primefaces.nonce", PortalHttp.nonce(page)}, {"jakarta.faces.partial.ajax", "true"},
                {"jakarta.faces.partial.execute", "files"}, {"jakarta.faces.source", "files"},
                {"files_totalFilesCount", "1"}, {"jakarta.faces.partial.render", "messages received"}}) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
                    .append("\"\r\n\r\n").append(field[1]).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"files\";"
                + " filename=\"huge-batch.837\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + LIMIT + 1024 + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        java.util.Arrays.fill(body, start.length, start.length + LIMIT + 1024, (byte) 'A');
        System.arraycopy(end, 0, body, body.length - end.length, end.length);
        HttpResponse<String> answer = biller.postRaw("service-center/upload.xhtml",
                "multipart/form-data; boundary=" + boundary, body);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<partial-response", "huge-batch.837", "is larger than 3 MB",
                "was not received");
        assertThat(biller.get("service-center/files.xhtml").body()).doesNotContain("huge-batch.837");
        DemoSessions.signOut(biller, "service-center");
    }

    /** #11: redirects never take their host from the Host header. */
    @Test
    void redirectsNeverEchoAForgedHostHeader() throws Exception {
        for (String target : new String[] {"/oa/practice-mate/index.xhtml", "/oa/practice-mate/", "/oa/ehr",
                "/oa", "/oa/service-center/sftp.xhtml"}) {
            String answer = raw("GET " + target + " HTTP/1.1", "Host: evil.example");
            String location = header(answer, "Location");
            assertThat(location).as(target + " -> " + location).doesNotContain("evil.example");
        }
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(origin() + "/oa/api/v1/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TOKEN);
    }

    private String origin() {
        return "http://127.0.0.1:" + HTTP_PORT;
    }

    /**
     * Sends one request as written (request line, extra headers, then a form body if the last argument has no
     * colon) and returns the answer's head and body as text.
     */
    private String raw(String requestLine, String... headersAndBody) throws IOException {
        StringBuilder request = new StringBuilder(requestLine).append("\r\n");
        boolean host = false;
        String body = null;
        for (int i = 0; i < headersAndBody.length; i++) {
            String line = headersAndBody[i];
            if (i == headersAndBody.length - 1 && !line.contains(": ")) {
                body = line;
                break;
            }
            host |= line.startsWith("Host:");
            request.append(line).append("\r\n");
        }
        if (!host) {
            request.append("Host: 127.0.0.1:").append(HTTP_PORT).append("\r\n");
        }
        if (body != null) {
            request.append("Content-Length: ").append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n").append(body == null ? "" : body);
        try (Socket socket = new Socket("127.0.0.1", HTTP_PORT)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String header(String answer, String name) {
        for (String line : answer.split("\r\n")) {
            if (line.isEmpty()) {
                break;
            }
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return "";
    }
}
