package io.stockkeeper.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.stockkeeper.adapters.http.webhook.SignatureVerifier;
import io.stockkeeper.adapters.persistence.Database;
import io.stockkeeper.adapters.persistence.DatabaseSettings;
import io.stockkeeper.adapters.persistence.JdbiReceivedEventLog;
import io.stockkeeper.adapters.persistence.TestDatabases;
import io.stockkeeper.application.port.in.ReceiveInventoryEventUseCase;
import io.stockkeeper.application.testing.Fixtures;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.ReceivedEvent;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Stopping the service while a delivery is inside intake: the server stops accepting at once, the
 * delivery in flight is still stored and answered 200, and only then is the pool closed.
 */
class GracefulShutdownTest {

    private static final String EVENT_ID = "daee8406-0d87-4c42-aced-18c6fa74584d";

    @Test
    void a_delivery_in_flight_when_close_is_called_completes_and_is_stored() throws Exception {
        HeldService service = HeldService.start();
        CompletableFuture<HttpResponse<String>> delivery = service.deliverAndHold();

        CompletableFuture<Void> closing = service.stop();
        assertThat(closing).as("close() waits for the delivery in flight").isNotDone();

        service.release.countDown();

        HttpResponse<String> response = delivery.get(30, TimeUnit.SECONDS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"outcome\":\"applied\"");
        closing.get(30, TimeUnit.SECONDS);
        try (Database database = Database.open(DatabaseSettings.h2(service.url))) {
            Optional<ReceivedEvent> stored = new JdbiReceivedEventLog(database.jdbi()).find(EVENT_ID);
            assertThat(stored).get().extracting(ReceivedEvent::outcome).isEqualTo(EventOutcome.APPLIED);
        }
    }

    @Test
    void a_request_on_an_open_connection_while_stopping_gets_a_503_problem_with_retry_after() throws Exception {
        HeldService service = HeldService.start();
        try (Socket kept = new Socket("127.0.0.1", service.port())) {
            kept.setSoTimeout(30_000);
            assertThat(exchange(kept, "GET /health/live")).startsWith("HTTP/1.1 200");
            CompletableFuture<HttpResponse<String>> delivery = service.deliverAndHold();
            CompletableFuture<Void> closing = service.stop();

            String answer = exchange(kept, "GET /health/live");

            assertThat(answer).startsWith("HTTP/1.1 503").containsIgnoringCase("Retry-After: ")
                    .containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("\"status\":503");
            service.release.countDown();
            assertThat(delivery.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            closing.get(30, TimeUnit.SECONDS);
        } finally {
            service.release.countDown();
        }
    }

    /** The service on a fresh H2 database, whose intake holds each delivery until {@link #release} opens. */
    private record HeldService(String url, Stockkeeper app, CountDownLatch entered, CountDownLatch release) {

        static HeldService start() {
            String url = TestDatabases.h2Url(TestDatabases.tempFolder("stockkeeper-shutdown-"));
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            UnaryOperator<ReceiveInventoryEventUseCase> holdInIntake = intake -> command -> {
                entered.countDown();
                await(release);
                return intake.receive(command);
            };
            Stockkeeper app = Stockkeeper.start(Config.from(Settings.of(Map.of(Config.PORT, "0", Config.DB_URL, url,
                    Config.WEBHOOK_SECRETS, RunningStockkeeper.SECRET))), Clock.systemUTC(), holdInIntake);
            return new HeldService(url, app, entered, release);
        }

        int port() {
            return app.port();
        }

        /** Sends the documented event, signed, and returns once intake holds it. */
        CompletableFuture<HttpResponse<String>> deliverAndHold() throws InterruptedException {
            byte[] body = Fixtures.bytes(Fixtures.UPDATED);
            CompletableFuture<HttpResponse<String>> delivery = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/webhooks/digital-river"))
                            .header("Content-Type", "application/json")
                            .header(SignatureVerifier.HEADER, SignatureVerifier.header(RunningStockkeeper.SECRET,
                                    Instant.now(), body))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(entered.await(30, TimeUnit.SECONDS)).as("the delivery reached intake").isTrue();
            return delivery;
        }

        /** Calls close() on another thread and returns once the server refuses new connections. */
        CompletableFuture<Void> stop() throws InterruptedException {
            CompletableFuture<Void> closing = CompletableFuture.runAsync(app::close);
            assertThat(refusesConnectionsWithin(port(), Duration.ofSeconds(30))).as("stopped accepting").isTrue();
            return closing;
        }
    }

    /** One HTTP/1.1 request on a kept-alive socket; the status line, headers and body as text. */
    private static String exchange(Socket socket, String requestLine) throws IOException {
        var out = socket.getOutputStream();
        out.write((requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        var in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                return head.toString();
            }
            head.append((char) next);
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)")
                .matcher(head);
        int bytes = length.find() ? Integer.parseInt(length.group(1)) : 0;
        return head + new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
    }

    private static boolean refusesConnectionsWithin(int port, Duration bound) throws InterruptedException {
        Instant deadline = Instant.now().plus(bound);
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            } catch (IOException refused) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never released the delivery");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
