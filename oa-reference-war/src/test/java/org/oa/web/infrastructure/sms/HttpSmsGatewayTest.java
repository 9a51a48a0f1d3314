package org.oa.web.infrastructure.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP gateway against a real HTTP server in this JVM on 127.0.0.1. Synthetic numbers only. */
class HttpSmsGatewayTest {

    /** One request as the server saw it. */
    private record Received(String method, String path, String contentType, String authorization, String body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(202);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile boolean hang;
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/messages", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stopServer() {
        release.countDown();
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        if (hang) {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] answer = "{\"id\":\"synthetic-1\"}".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status.get(), answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/messages");
    }

    @Test
    void postsTheNumberAndTheTextAsJsonWithTheBearerToken() throws Exception {
        HttpSmsGateway gateway = new HttpSmsGateway(url(), Optional.of("synthetic-token-123"), Duration.ofSeconds(5));
        gateway.send("+15550100123", "Your OA sign-in code is 123456. \"Quotes\", a \\ and\na new line.");

        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/v1/messages");
            assertThat(request.contentType()).isEqualTo("application/json; charset=utf-8");
            assertThat(request.authorization()).isEqualTo("Bearer synthetic-token-123");
            assertThat(request.body()).isEqualTo("{\"to\":\"+15550100123\",\"text\":\"Your OA sign-in code is 123456."
                    + " \\\"Quotes\\\", a \\\\ and\\na new line.\"}");
        });
        assertThat(gateway.toString()).doesNotContain("synthetic-token-123");
    }

    @Test
    void sendsNoAuthorizationHeaderWithoutAToken() throws Exception {
        new HttpSmsGateway(url(), Optional.of("  "), Duration.ofSeconds(5)).send("+447700900123", "Hello");
        assertThat(received).singleElement().satisfies(request -> {
            assertThat(request.authorization()).isNull();
            assertThat(request.body()).isEqualTo("{\"to\":\"+447700900123\",\"text\":\"Hello\"}");
        });
    }

    @Test
    void anyNon2xxAnswerIsAFailureThatNamesTheStatusButNotTheNumber() {
        status.set(500);
        HttpSmsGateway gateway = new HttpSmsGateway(url(), Optional.empty(), Duration.ofSeconds(5));
        assertThatThrownBy(() -> gateway.send("+15550100123", "code 123456")).isInstanceOf(SmsNotSent.class)
                .hasMessage("the SMS gateway answered HTTP 500").hasMessageNotContaining("0123");
        status.set(302);
        assertThatThrownBy(() -> gateway.send("+15550100123", "code 123456")).isInstanceOf(SmsNotSent.class)
                .hasMessageContaining("HTTP 302");
        assertThat(received).hasSize(2);
    }

    @Test
    void aGatewayThatDoesNotAnswerInTimeIsAFailure() {
        hang = true;
        HttpSmsGateway gateway = new HttpSmsGateway(url(), Optional.empty(), Duration.ofMillis(500));
        long start = System.nanoTime();
        assertThatThrownBy(() -> gateway.send("+15550100123", "code 123456")).isInstanceOf(SmsNotSent.class)
                .hasMessageContaining("did not answer").hasMessageNotContaining("0123");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aGatewayThatIsNotListeningIsAFailure() {
        URI closed = url();
        server.stop(0);
        HttpSmsGateway gateway = new HttpSmsGateway(closed, Optional.empty(), Duration.ofSeconds(2));
        assertThatThrownBy(() -> gateway.send("+15550100123", "code 123456")).isInstanceOf(SmsNotSent.class)
                .hasMessageContaining("could not be reached");
    }

    @Test
    void refusesAUrlThatIsNotHttpWithoutRepeatingIt() {
        assertThatThrownBy(() -> new HttpSmsGateway(URI.create("ftp://127.0.0.1/secret-key"), Optional.empty(),
                Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("secret-key");
        assertThatThrownBy(() -> new HttpSmsGateway(url(), Optional.of("two words"), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("two words");
    }

    @Test
    void escapesControlCharactersInTheJson() {
        assertThat(HttpSmsGateway.json("+15550100123", "a\u0001b\tc\u2028"))
                .isEqualTo("{\"to\":\"+15550100123\",\"text\":\"a\\u0001b\\tc\\u2028\"}");
    }

    @Test
    void theSenderKeepsMessagesInTheDemoOutboxWithoutAUrlAndReportsGatewayFailuresAsFalse() {
        SmsSender demo = new SmsSender();
        demo.gatewayUrl = Optional.empty();
        demo.gatewayToken = Optional.empty();
        assertThat(demo.demoOutbox()).isTrue();
        assertThat(demo.send("+15550100123", "Your OA sign-in code is 123456.")).isTrue();
        assertThat(demo.outbox()).singleElement().satisfies(sms -> {
            assertThat(sms.to()).isEqualTo("+15550100123");
            assertThat(sms.text()).contains("123456");
            assertThat(sms.toString()).doesNotContain("0123").doesNotContain("123456");
        });
        assertThat(received).isEmpty();

        SmsSender configured = new SmsSender();
        configured.gatewayUrl = Optional.of(url().toString());
        configured.gatewayToken = Optional.of("synthetic-token-123");
        assertThat(configured.demoOutbox()).isFalse();
        assertThat(configured.send("+15550100123", "one")).isTrue();
        status.set(503);
        assertThat(configured.send("+15550100123", "two")).isFalse();
        assertThat(configured.outbox()).isEmpty();
        assertThat(received).extracting(Received::authorization).containsOnly("Bearer synthetic-token-123");

        SmsSender misconfigured = new SmsSender();
        misconfigured.gatewayUrl = Optional.of("not a url");
        misconfigured.gatewayToken = Optional.empty();
        assertThat(misconfigured.send("+15550100123", "three")).isFalse();
    }

    @Test
    void theDemoOutboxKeepsTheNewestMessagesFirst() {
        DemoSmsOutbox outbox = new DemoSmsOutbox(2, java.time.Clock.systemUTC());
        outbox.send("+15550100101", "first");
        outbox.send("+15550100102", "second");
        outbox.send("+15550100103", "third");
        assertThat(outbox.messages()).extracting(OutgoingSms::text).containsExactly("third", "second");
    }
}
