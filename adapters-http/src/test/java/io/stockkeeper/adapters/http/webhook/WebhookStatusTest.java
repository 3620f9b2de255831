package io.stockkeeper.adapters.http.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockkeeper.adapters.http.HttpSettings;
import io.stockkeeper.adapters.http.TestServer;
import io.stockkeeper.application.port.out.StoreUnavailableException;
import io.stockkeeper.application.port.out.TransactionRunner;
import io.stockkeeper.application.service.IntakeSettings;
import io.stockkeeper.application.testing.Fixtures;
import io.stockkeeper.application.testing.TestUpdates;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PartNumber;
import io.stockkeeper.domain.ReceivedEvent;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PRODUCT.md §1 status discipline, over real HTTP. */
class WebhookStatusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.withSecrets(List.of(TestServer.SECRET));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> postSigned(String body) {
        return server.send(server.signedWebhook(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailPart) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).contains(detailPart);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private String fixtureWith(String name, String from, String to) {
        String text = Fixtures.text(name);
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    @Test
    void applied_duplicate_stale_and_ignored_are_200_with_the_outcome() throws Exception {
        HttpResponse<String> applied = postSigned(Fixtures.text(Fixtures.RESTOCK_2_TO_50));
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(json(applied).path("outcome").asText()).isEqualTo("applied");
        assertThat(json(applied).path("eventId").asText()).isEqualTo("5b0f6c1e-7d2a-4e8b-9a41-2f3c8d9e0a11");

        HttpResponse<String> duplicate = postSigned(Fixtures.text(Fixtures.RESTOCK_2_TO_50));
        assertThat(duplicate.statusCode()).isEqualTo(200);
        assertThat(json(duplicate).path("outcome").asText()).isEqualTo("duplicate");
        assertThat(json(duplicate).path("firstOutcome").asText()).isEqualTo("applied");

        HttpResponse<String> stale = postSigned(Fixtures.text(Fixtures.UPDATED));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(json(stale).path("outcome").asText()).isEqualTo("stale");

        HttpResponse<String> ignored = postSigned(Fixtures.text(Fixtures.UNRELATED));
        assertThat(ignored.statusCode()).isEqualTo(200);
        assertThat(json(ignored).path("outcome").asText()).isEqualTo("ignored");

        assertThat(server.ports().items().find(TestUpdates.key("CCC"))).map(InventoryItem::quantity).contains(50L);
    }

    @Test
    void an_unprocessable_inventory_object_is_202_quarantined_stored_raw_and_listed() throws Exception {
        String body = fixtureWith(Fixtures.UPDATED, "\"quantity\": 1,", "\"quantity\": \"lots\",");

        HttpResponse<String> response = postSigned(body);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).path("outcome").asText()).isEqualTo("quarantined");
        assertThat(json(response).path("reason").asText()).contains("data.object.quantity");
        ReceivedEvent stored = server.ports().events().find("daee8406-0d87-4c42-aced-18c6fa74584d").orElseThrow();
        assertThat(stored.outcome()).isEqualTo(EventOutcome.QUARANTINED);
        assertThat(stored.payload()).isEqualTo(body);
        assertThat(server.ports().items().find(TestUpdates.key("CCC"))).isEmpty();

        JsonNode listed = json(server.get("/api/v1/events?outcome=quarantined"));
        assertThat(listed.path("events")).hasSize(1);
        assertThat(listed.path("events").get(0).path("reason").asText()).contains("quantity");
        JsonNode one = json(server.get("/api/v1/events/daee8406-0d87-4c42-aced-18c6fa74584d"));
        assertThat(one.path("outcome").asText()).isEqualTo("quarantined");
    }

    @Test
    void a_missing_part_number_is_quarantined_and_a_replay_keeps_it_quarantined_until_fixed() throws Exception {
        String body = fixtureWith(Fixtures.UPDATED, "\"partNumber\": \"CCC\",", "");

        assertThat(postSigned(body).statusCode()).isEqualTo(202);
        HttpResponse<String> replay = server.send(HttpRequest.newBuilder(
                server.uri("/api/v1/events/daee8406-0d87-4c42-aced-18c6fa74584d/replay"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(json(replay).path("outcome").asText()).isEqualTo("quarantined");
        assertThat(json(replay).path("reason").asText()).contains("partNumber");
    }

    @Test
    void replaying_an_event_that_is_not_quarantined_is_409_and_an_unknown_one_404() throws Exception {
        postSigned(Fixtures.text(Fixtures.UPDATED));

        assertProblem(server.send(HttpRequest.newBuilder(
                server.uri("/api/v1/events/daee8406-0d87-4c42-aced-18c6fa74584d/replay"))
                .POST(HttpRequest.BodyPublishers.noBody())), 409, "only quarantined events can be replayed");
        assertProblem(server.send(HttpRequest.newBuilder(server.uri("/api/v1/events/nope/replay"))
                .POST(HttpRequest.BodyPublishers.noBody())), 404, "nope");
        assertProblem(server.get("/api/v1/events/nope"), 404, "nope");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1,2]", "{\"type\":\"x\"}", "{\"id\":\"e\"}", "{\"id\":5,\"type\":\"x\"}",
        "{\"id\":\"e\",\"type\":\"x\"", "\"string\"", "null"})
    void a_body_that_is_not_a_json_event_envelope_is_400(String body) throws Exception {
        assertProblem(postSigned(body), 400, "");
        assertThat(server.ports().events().findByOutcome(EventOutcome.IGNORED, 10)).isEmpty();
    }

    @Test
    void an_empty_body_is_400() throws Exception {
        assertProblem(postSigned(""), 400, "empty");
    }

    @Test
    void a_body_that_is_not_utf8_is_400() throws Exception {
        byte[] latin1 = "{\"id\":\"é\",\"type\":\"x\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertProblem(server.send(server.signedWebhook(latin1)), 400, "UTF-8");
    }

    @Test
    void missing_or_wrong_signatures_are_401_and_store_nothing() throws Exception {
        byte[] body = Fixtures.bytes(Fixtures.UPDATED);

        assertProblem(server.send(server.webhook(body)), 401, "missing");
        assertProblem(server.send(server.webhook(body).header(SignatureVerifier.HEADER,
                SignatureVerifier.header("not-the-secret", TestServer.NOW, body))), 401, "no signature matches");
        assertProblem(server.send(server.webhook(body).header(SignatureVerifier.HEADER,
                SignatureVerifier.header(TestServer.SECRET, TestServer.NOW.minusSeconds(301), body))), 401,
                "301 s behind now");
        assertThat(server.ports().events().find("daee8406-0d87-4c42-aced-18c6fa74584d")).isEmpty();
    }

    @Test
    void a_body_over_the_limit_is_413_also_when_chunked() throws Exception {
        byte[] big = ("{\"id\":\"e\",\"type\":\"x\",\"pad\":\"" + "x".repeat(HttpSettings.DEFAULT_MAX_BODY_BYTES) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertProblem(server.send(server.signedWebhook(big)), 413, "larger than");
        HttpRequest.Builder chunked = server.webhook(new byte[0])
                .header(SignatureVerifier.HEADER, SignatureVerifier.header(TestServer.SECRET, TestServer.NOW, big))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertProblem(server.send(chunked), 413, "larger than");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "application/xml", "application/json; charset=ISO-8859-1"})
    void a_body_that_is_not_declared_utf8_json_is_415(String contentType) throws Exception {
        byte[] body = Fixtures.bytes(Fixtures.UPDATED);

        assertProblem(server.send(server.signedWebhook(body).setHeader("Content-Type", contentType)), 415, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json; charset=utf-8", "application/json;charset=\"UTF-8\"",
        "APPLICATION/JSON; CHARSET=UTF-8", "Application/Json", "application/cloudevents+json"})
    void every_spelling_of_json_is_accepted(String contentType) throws Exception {
        byte[] body = Fixtures.bytes(Fixtures.UPDATED);

        HttpResponse<String> response = server.send(server.signedWebhook(body).setHeader("Content-Type", contentType));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void non_ascii_part_numbers_are_kept_byte_exact_and_readable() throws Exception {
        String partNumber = "Größe-ÜBER-日本-\uD83D\uDCE6";
        String body = fixtureWith(Fixtures.UPDATED, "\"partNumber\": \"CCC\"", "\"partNumber\": \"" + partNumber + "\"");

        assertThat(postSigned(body).statusCode()).isEqualTo(200);

        assertThat(server.ports().items().find(new ItemKey(Mode.TEST, new PartNumber(partNumber)))).isPresent();
        HttpResponse<String> read = server.get("/api/v1/inventory/"
                + java.net.URLEncoder.encode(partNumber, StandardCharsets.UTF_8).replace("+", "%20") + "?mode=test");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(json(read).path("partNumber").asText()).isEqualTo(partNumber);
    }

    @Test
    void when_the_store_cannot_take_the_write_the_answer_is_503_with_retry_after() throws Exception {
        AtomicBoolean down = new AtomicBoolean(true);
        UnaryOperator<TransactionRunner> failing = real -> new TransactionRunner() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                if (down.get()) {
                    throw new StoreUnavailableException("connection refused", new java.io.IOException("refused"));
                }
                return real.inTransaction(work);
            }
        };
        try (TestServer flaky = TestServer.start(List.of(TestServer.SECRET), Optional.empty(),
                IntakeSettings.acceptingAllModes(), failing, HttpSettings.defaults())) {
            byte[] body = Fixtures.bytes(Fixtures.UPDATED);

            HttpResponse<String> refused = flaky.send(flaky.signedWebhook(body));
            assertProblem(refused, 503, "retry");
            assertThat(refused.headers().firstValue("Retry-After")).contains("10");

            down.set(false);
            HttpResponse<String> retried = flaky.send(flaky.signedWebhook(body));
            assertThat(retried.statusCode()).isEqualTo(200);
            assertThat(json(retried).path("outcome").asText()).isEqualTo("applied");
        }
    }

    @Test
    void a_refused_mode_is_acknowledged_and_recorded_as_ignored() throws Exception {
        try (TestServer liveOnly = TestServer.start(List.of(TestServer.SECRET), Optional.empty(),
                new IntakeSettings(Set.of(Mode.LIVE)), UnaryOperator.identity(), HttpSettings.defaults())) {
            HttpResponse<String> test = liveOnly.send(liveOnly.signedWebhook(Fixtures.bytes(Fixtures.UPDATED)));
            HttpResponse<String> live = liveOnly.send(liveOnly.signedWebhook(Fixtures.bytes(Fixtures.FULFILLER_MANAGED)));

            assertThat(test.statusCode()).isEqualTo(200);
            assertThat(json(test).path("outcome").asText()).isEqualTo("ignored");
            assertThat(json(test).path("reason").asText()).contains("test mode is not accepted");
            assertThat(json(live).path("outcome").asText()).isEqualTo("applied");
            assertThat(liveOnly.ports().items().find(TestUpdates.key("CCC"))).isEmpty();
        }
    }

    @Test
    void basic_credentials_are_a_second_factor() throws Exception {
        try (TestServer guarded = TestServer.start(List.of(TestServer.SECRET),
                Optional.of(new WebhookSecurity.BasicCredentials("dr", "s3cret")), IntakeSettings.acceptingAllModes(),
                UnaryOperator.identity(), HttpSettings.defaults())) {
            byte[] body = Fixtures.bytes(Fixtures.UPDATED);
            String good = "Basic " + java.util.Base64.getEncoder().encodeToString("dr:s3cret".getBytes(StandardCharsets.UTF_8));

            HttpResponse<String> without = guarded.send(guarded.signedWebhook(body));
            assertProblem(without, 401, "Basic");
            assertThat(without.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Basic");
            assertThat(guarded.send(guarded.signedWebhook(body).header("Authorization", good)).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void a_compressed_body_is_415() throws Exception {
        byte[] body = Fixtures.bytes(Fixtures.UPDATED);

        assertProblem(server.send(server.signedWebhook(body).header("Content-Encoding", "gzip")), 415, "gzip");
    }

    @Test
    void replaying_a_blank_id_is_400() throws Exception {
        assertProblem(server.send(HttpRequest.newBuilder(server.uri("/api/v1/events/%20/replay"))
                .POST(HttpRequest.BodyPublishers.noBody())), 400, "blank");
    }

    /** Requests Jetty rejects before any route runs still get problem details, not an HTML page. */
    @ParameterizedTest
    @ValueSource(strings = {
        "GET /api/v1/events/%00 HTTP/1.1\r\nHost: x\r\n\r\n",
        "POST /webhooks/digital-river HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}",
        "GET /api/v1/inventory/LONG HTTP/1.1\r\nHost: x\r\n\r\n"})
    void malformed_requests_get_problem_details(String rawRequest) throws Exception {
        String request = rawRequest.replace("LONG", "x".repeat(20_000));
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

            assertThat(response).startsWith("HTTP/1.1 4");
            assertThat(response.toLowerCase(java.util.Locale.ROOT)).contains("content-type: application/problem+json");
            assertThat(response).contains("\"status\":4").doesNotContain("<html").doesNotContain("<h1>");
        }
    }

    @Test
    void unknown_routes_and_methods_are_problems_too() throws Exception {
        assertProblem(server.get("/nope"), 404, "");
        assertProblem(server.get("/webhooks/digital-river"), 405, "");
        assertProblem(server.get("/api/v1/inventory/CCC?mode=prod"), 400, "mode");
    }
}
