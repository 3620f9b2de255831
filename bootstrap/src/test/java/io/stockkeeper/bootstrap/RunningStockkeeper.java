package io.stockkeeper.bootstrap;

import io.stockkeeper.adapters.http.webhook.SignatureVerifier;
import io.stockkeeper.adapters.persistence.TestDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The real service, wired as {@code main} wires it, on a random port and a database of its own,
 * with an HTTP client that signs deliveries.
 */
public final class RunningStockkeeper implements AutoCloseable {

    public static final String SECRET = "whsec_test_secret";

    private final Stockkeeper app;
    private final AutoCloseable cleanup;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Clock clock;

    private RunningStockkeeper(Stockkeeper app, AutoCloseable cleanup, Clock clock) {
        this.app = app;
        this.cleanup = cleanup;
        this.clock = clock;
    }

    /** On a new H2 file database, with {@link #SECRET} configured, plus any extra settings. */
    public static RunningStockkeeper onH2(Map<String, String> extra) {
        Path folder = TestDatabases.tempFolder("stockkeeper-e2e-");
        return start(TestDatabases.h2Url(folder), extra, () -> { }, Clock.systemUTC());
    }

    public static RunningStockkeeper onPostgres(Map<String, String> extra) {
        TestDatabases.PostgresSchema schema = TestDatabases.postgresSchema();
        Map<String, String> withUser = new HashMap<>(extra);
        withUser.putIfAbsent(Config.DB_USER, TestDatabases.PG_USER);
        return start(schema.url(), withUser, schema, Clock.systemUTC());
    }

    public static RunningStockkeeper start(String dbUrl, Map<String, String> extra, AutoCloseable cleanup, Clock clock) {
        Map<String, String> env = new HashMap<>();
        env.put(Config.PORT, "0");
        env.put(Config.DB_URL, dbUrl);
        env.put(Config.WEBHOOK_SECRETS, SECRET);
        env.putAll(extra);
        Stockkeeper app = Stockkeeper.start(Config.from(Settings.of(env)), clock);
        return new RunningStockkeeper(app, cleanup, clock);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    /** Posts the exact bytes, signed with {@link #SECRET} now. */
    public HttpResponse<String> postSigned(byte[] body) {
        return send(HttpRequest.newBuilder(uri("/webhooks/digital-river"))
                .header("Content-Type", "application/json")
                .header(SignatureVerifier.HEADER, SignatureVerifier.header(SECRET, clock.instant(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public java.util.List<String> routes() {
        return app.routes();
    }

    public HttpClient client() {
        return client;
    }

    @Override
    public void close() throws Exception {
        app.close();
        cleanup.close();
    }
}
