package io.stockkeeper.benchmarks.bare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.stockkeeper.adapters.http.webhook.SignatureVerifier;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The yardstick: a webhook receiver that does only what any receiver must. It checks the HMAC
 * signature, parses the JSON with Jackson, and in one transaction inserts the event (its id is the
 * primary key, so a repeat is answered as a duplicate) and upserts one row for the item. No ordering,
 * no gaps, no history, no logging per request. Same web stack (Javalin, default Jetty pool), same pool
 * size and same store settings as the service; its own tables.
 *
 * <p>Settings from the environment: {@code BARE_DB_URL}, {@code BARE_DB_USER}, {@code BARE_DB_PASSWORD},
 * {@code BARE_SECRET}, {@code BARE_PORT} (0 = any free port), {@code BARE_POOL_SIZE}.
 */
public final class BareReceiver {

    /** The service's default pool size, unless {@code BARE_POOL_SIZE} says otherwise. */
    private static final int DEFAULT_POOL_SIZE = 10;

    private final Jdbi jdbi;
    private final boolean postgres;
    private final SignatureVerifier verifier;
    private final ObjectMapper mapper = new ObjectMapper();

    private BareReceiver(Jdbi jdbi, boolean postgres, SignatureVerifier verifier) {
        this.jdbi = jdbi;
        this.postgres = postgres;
        this.verifier = verifier;
    }

    public static void main(String[] args) {
        String url = System.getenv("BARE_DB_URL");
        boolean postgres = url.startsWith("jdbc:postgresql:");
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(url);
        pool.setUsername(System.getenv().getOrDefault("BARE_DB_USER", postgres ? "postgres" : "sa"));
        pool.setPassword(System.getenv().getOrDefault("BARE_DB_PASSWORD", ""));
        pool.setMaximumPoolSize(Integer.parseInt(System.getenv().getOrDefault("BARE_POOL_SIZE",
                Integer.toString(DEFAULT_POOL_SIZE))));
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        Jdbi jdbi = Jdbi.create(new HikariDataSource(pool));
        jdbi.useHandle(BareReceiver::createTables);

        SignatureVerifier verifier = new SignatureVerifier(List.of(System.getenv("BARE_SECRET")),
                Duration.ofSeconds(300), Clock.systemUTC());
        BareReceiver receiver = new BareReceiver(jdbi, postgres, verifier);
        Javalin app = Javalin.create(config -> config.showJavalinBanner = false);
        app.post("/webhooks/digital-river", receiver::receive);
        app.start("127.0.0.1", Integer.parseInt(System.getenv().getOrDefault("BARE_PORT", "0")));
        System.out.println("Bare receiver listening on http://127.0.0.1:" + app.port());
    }

    private static void createTables(Handle handle) {
        handle.execute("CREATE TABLE IF NOT EXISTS bare_event (id VARCHAR(255) PRIMARY KEY,"
                + " received_at TIMESTAMP WITH TIME ZONE NOT NULL, payload VARCHAR(1000000) NOT NULL)");
        handle.execute("CREATE TABLE IF NOT EXISTS bare_item (part_number VARCHAR(255) PRIMARY KEY,"
                + " quantity BIGINT NOT NULL)");
    }

    private void receive(Context ctx) throws IOException {
        byte[] body = ctx.bodyAsBytes();
        SignatureVerifier.Verification verification =
                verifier.verify(Collections.list(ctx.req().getHeaders(SignatureVerifier.HEADER)), body);
        if (!verification.valid()) {
            ctx.status(401).json(Map.of("detail", verification.reason()));
            return;
        }
        JsonNode event = mapper.readTree(body);
        String id = event.path("id").asText();
        JsonNode object = event.path("data").path("object");
        String partNumber = object.path("partNumber").asText();
        long quantity = object.path("quantity").asLong();
        String payload = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        String outcome;
        try {
            outcome = jdbi.inTransaction(handle -> {
                handle.createUpdate("INSERT INTO bare_event (id, received_at, payload) VALUES (:id, CURRENT_TIMESTAMP,"
                        + " :payload)").bind("id", id).bind("payload", payload).execute();
                handle.createUpdate(postgres
                        ? "INSERT INTO bare_item (part_number, quantity) VALUES (:partNumber, :quantity)"
                                + " ON CONFLICT (part_number) DO UPDATE SET quantity = EXCLUDED.quantity"
                        : "MERGE INTO bare_item (part_number, quantity) KEY (part_number) VALUES (:partNumber, :quantity)")
                        .bind("partNumber", partNumber).bind("quantity", quantity).execute();
                return "applied";
            });
        } catch (RuntimeException failure) {
            if (!isDuplicateKey(failure)) {
                throw failure;
            }
            outcome = "duplicate";
        }
        ctx.json(Map.of("eventId", id, "outcome", outcome));
    }

    private static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && "23505".equals(((SQLException) cause).getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
