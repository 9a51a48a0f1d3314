package org.oa.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser session against the deployment, over plain HTTP: its own cookie jar, redirects not followed (so the
 * tests see where the server sends them), same-origin {@code Origin} on every POST like a browser's. For attack
 * tests that need to send what a browser would not.
 */
final class PortalHttp {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** The nonce PrimeFaces' script posts back with every form (its CSP mode refuses a postback without it). */
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final String origin;
    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    /** @param port the deployment's HTTP port on 127.0.0.1 */
    PortalHttp(int port) {
        this.origin = "http://127.0.0.1:" + port;
        this.base = origin + "/oa/";
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(20)).build();
    }

    /** GET {@code path} (relative to /oa/). */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs a form to {@code path} with this site's Origin. */
    HttpResponse<String> post(String path, String... namesAndValues) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form(namesAndValues))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POSTs a body of the given content type to {@code path} with this site's Origin. */
    HttpResponse<String> postRaw(String path, String contentType, byte[] body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType).header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts the login form of {@code portal}; returns where the server sent the browser (for example
     * {@code /oa/ehr/second-factor.xhtml}), or empty when it stayed on the login page (refused).
     */
    Optional<String> signIn(String portal, String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = post(portal + "/login.xhtml", "login", "login", "username", username,
                "password", password, "signIn", "Sign in", "jakarta.faces.ViewState", "stateless");
        return response.headers().firstValue("Location").map(l -> URI.create(l).getPath());
    }

    /** Signs in and fails unless the server sends the browser to {@code expectedPage} (a path under /oa/). */
    PortalHttp signedIn(String portal, String username, String password, String expectedPage)
            throws IOException, InterruptedException {
        Optional<String> next = signIn(portal, username, password);
        if (!next.equals(Optional.of("/oa/" + expectedPage))) {
            throw new AssertionError(username + " at " + portal + " was sent to " + next.orElse("the login page")
                    + ", expected /oa/" + expectedPage);
        }
        return this;
    }

    /** Opens {@code page} and submits one of its JSF forms with the page's view state. */
    HttpResponse<String> submit(String page, String formId, String... namesAndValues)
            throws IOException, InterruptedException {
        HttpResponse<String> shown = get(page);
        if (shown.statusCode() != 200) {
            return shown;
        }
        String[] all = new String[namesAndValues.length + 6];
        all[0] = formId;
        all[1] = formId;
        all[2] = "jakarta.faces.ViewState";
        all[3] = viewState(shown.body());
        all[4] = "primefaces.nonce";
        all[5] = nonce(shown.body());
        System.arraycopy(namesAndValues, 0, all, 6, namesAndValues.length);
        return post(page, all);
    }

    /** The page's PrimeFaces nonce, as its script would post it; empty when the page has none. */
    static String nonce(String page) {
        java.util.regex.Matcher m = NONCE.matcher(page);
        return m.find() ? m.group(1) : "";
    }

    /** The session cookie's value, or null. */
    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The status of the portal's dashboard: 200 when signed in, 302 (to the login page) when not. */
    int dashboardStatus(String portal) throws IOException, InterruptedException {
        return get(portal + "/index.xhtml").statusCode();
    }

    static String viewState(String html) {
        Matcher matcher = VIEW_STATE.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("no JSF view state on the page");
        }
        return matcher.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }
}
