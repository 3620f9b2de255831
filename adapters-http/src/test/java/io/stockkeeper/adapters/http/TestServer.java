package io.stockkeeper.adapters.http;

import io.stockkeeper.adapters.http.api.EventsController;
import io.stockkeeper.adapters.http.api.ChangesController;
import io.stockkeeper.adapters.http.api.InventoryController;
import io.stockkeeper.adapters.http.api.MovementsController;
import io.stockkeeper.adapters.http.api.PolicyController;
import io.stockkeeper.adapters.http.api.ReplenishmentController;
import io.stockkeeper.adapters.http.api.StockApi;
import io.stockkeeper.adapters.http.api.StockReportsController;
import io.stockkeeper.adapters.http.json.JacksonEventDecoder;
import io.stockkeeper.adapters.http.webhook.SignatureVerifier;
import io.stockkeeper.adapters.http.webhook.WebhookController;
import io.stockkeeper.adapters.http.webhook.WebhookSecurity;
import io.stockkeeper.application.port.out.TransactionRunner;
import io.stockkeeper.application.service.FollowChangesService;
import io.stockkeeper.application.service.GetInventoryItemService;
import io.stockkeeper.application.service.IntakeSettings;
import io.stockkeeper.application.service.ItemPolicyService;
import io.stockkeeper.application.service.ListInventoryService;
import io.stockkeeper.application.service.MovementsService;
import io.stockkeeper.application.service.ReceiveInventoryEventService;
import io.stockkeeper.application.service.ReceivedEventQueryService;
import io.stockkeeper.application.service.ReorderListService;
import io.stockkeeper.application.service.ReplayEventService;
import io.stockkeeper.application.service.StockPorts;
import io.stockkeeper.application.service.StockReportsService;
import io.stockkeeper.application.testing.PortsUnderTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The HTTP adapter on a random port over the real use cases and in-memory ports, with a fixed clock.
 * Real HTTP, real JSON, real signatures; only the store is in memory.
 */
public final class TestServer implements AutoCloseable {

    public static final String SECRET = "whsec_primary";
    public static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private final HttpApi api;
    private final PortsUnderTest ports;
    private final HttpClient client = HttpClient.newHttpClient();

    private TestServer(HttpApi api, PortsUnderTest ports) {
        this.api = api;
        this.ports = ports;
    }

    public static TestServer withSecrets(List<String> secrets) {
        return start(secrets, Optional.empty(), IntakeSettings.acceptingAllModes(), UnaryOperator.identity(),
                HttpSettings.defaults());
    }

    public static TestServer start(List<String> secrets, Optional<WebhookSecurity.BasicCredentials> basic,
            IntakeSettings intakeSettings, UnaryOperator<TransactionRunner> transactions, HttpSettings httpSettings) {
        return start(new WebhookSecurity(
                secrets.isEmpty() ? Optional.empty()
                        : Optional.of(new SignatureVerifier(secrets, java.time.Duration.ofSeconds(300), clock())),
                basic, List.of(), List.of()), intakeSettings, transactions, httpSettings);
    }

    public static TestServer start(WebhookSecurity security, IntakeSettings intakeSettings,
            UnaryOperator<TransactionRunner> transactions, HttpSettings httpSettings) {
        PortsUnderTest ports = PortsUnderTest.inMemory();
        TransactionRunner runner = transactions.apply(ports.transactions());
        JacksonEventDecoder decoder = new JacksonEventDecoder(JsonMappers.create());
        StockPorts stock = ports.stock();
        ReceiveInventoryEventService intake = new ReceiveInventoryEventService(decoder, ports.items(), ports.events(),
                runner, clock(), intakeSettings, stock);
        ReceivedEventQueryService queries = new ReceivedEventQueryService(ports.events());
        HttpApi api = new HttpApi(httpSettings, JsonMappers.create(),
                new WebhookController(intake, security, httpSettings.maxBodyBytes()),
                new InventoryController(new GetInventoryItemService(ports.items(), stock.plans(), stock.defaults()),
                        new ListInventoryService(ports.items(), stock.plans(), stock.defaults())),
                new EventsController(queries, queries,
                        new ReplayEventService(decoder, ports.items(), ports.events(), runner, intakeSettings, stock)),
                stockApi(ports, runner, stock));
        return new TestServer(api.start("127.0.0.1", 0), ports);
    }

    private static StockApi stockApi(PortsUnderTest ports, TransactionRunner runner, StockPorts stock) {
        MovementsService movements = new MovementsService(ports.items(), stock.plans(), stock.ledger(), runner);
        ItemPolicyService policies = new ItemPolicyService(ports.items(), runner, stock, clock());
        return new StockApi(new MovementsController(movements, movements, JsonMappers.create()),
                new PolicyController(policies, policies, JsonMappers.create()),
                new ReplenishmentController(new ReorderListService(ports.items(), stock.plans(), stock.ledger(),
                        stock.defaults()), clock()),
                new ChangesController(new FollowChangesService(stock.feed(), stock.signal())),
                new StockReportsController(new StockReportsService(ports.items(), stock.ledger()), clock()));
    }

    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    public PortsUnderTest ports() {
        return ports;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }

    public HttpRequest.Builder webhook(byte[] body) {
        return HttpRequest.newBuilder(uri(HttpApi.WEBHOOK_PATH))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    public HttpRequest.Builder signedWebhook(byte[] body) {
        return webhook(body).header(SignatureVerifier.HEADER, SignatureVerifier.header(SECRET, NOW, body));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public int port() {
        return api.port();
    }

    @Override
    public void close() {
        api.close();
    }
}
