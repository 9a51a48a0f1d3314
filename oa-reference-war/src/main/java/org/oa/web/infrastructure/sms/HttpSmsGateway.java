package org.oa.web.infrastructure.sms;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends text messages through a provider's HTTP API: one {@code POST} of {@code {"to":"+15550100123","text":"..."}}
 * ({@code application/json}, UTF-8) to the configured URL, with {@code Authorization: Bearer <token>} when a token is
 * configured. Any 2xx answer means accepted; any other status, a timeout or a connection failure is {@link
 * SmsNotSent}. Redirects are not followed (they would carry the token elsewhere). Thread-safe.
 */
public final class HttpSmsGateway implements SmsGateway {

    /** How long connecting may take. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** How long the whole request may take by default. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final Optional<String> token;
    private final Duration timeout;
    private final HttpClient client;

    /**
     * @param url     the gateway's endpoint, http or https
     * @param token   the bearer token, or empty
     * @param timeout how long one request (connecting included) may take
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL or the token is unusable; the
     *                                  message never repeats them
     */
    public HttpSmsGateway(URI url, Optional<String> token, Duration timeout) {
        Objects.requireNonNull(url, "url");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("oa.sms.gateway-url must be an absolute http or https URL");
        }
        this.token = Objects.requireNonNull(token, "token").map(String::strip).filter(t -> !t.isEmpty());
        if (this.token.isPresent() && !this.token.get().chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("oa.sms.gateway-token must be printable ASCII without spaces");
        }
        this.url = url;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout.compareTo(CONNECT_TIMEOUT) < 0 ? timeout : CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public void send(String to, String text) throws SmsNotSent {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(to, text), StandardCharsets.UTF_8));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        HttpResponse<Void> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (HttpTimeoutException e) {
            throw new SmsNotSent("the SMS gateway did not answer within " + timeout.toSeconds() + " s");
        } catch (IOException e) {
            throw new SmsNotSent("the SMS gateway could not be reached (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsNotSent("interrupted while sending to the SMS gateway");
        }
        if (response.statusCode() / 100 != 2) {
            throw new SmsNotSent("the SMS gateway answered HTTP " + response.statusCode());
        }
    }

    /** @return the request body: a JSON object with the two strings, escaped as RFC 8259 requires */
    static String json(String to, String text) {
        return "{\"to\":" + quoted(to) + ",\"text\":" + quoted(text) + "}";
    }

    private static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Override
    public String toString() {
        return "HttpSmsGateway[" + (token.isPresent() ? "with token" : "no token") + "]";
    }
}
