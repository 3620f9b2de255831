package io.stockkeeper.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockkeeper.adapters.http.webhook.SignatureVerifier;
import io.stockkeeper.adapters.persistence.TestDatabases;
import io.stockkeeper.bootstrap.process.InventoryEvents;
import io.stockkeeper.bootstrap.process.ServiceProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every event that got a 2xx survives a {@code kill -9} of the service at a random moment. The packaged
 * jar runs as a child process; several threads stream signed events at it; it is killed, restarted on
 * the same store, and every acknowledged event must be stored and reflected in its item. On H2 the
 * service runs with its embedded default store (no database setting at all), which is what this proves
 * durable (docs/adr/0004-h2-durability.md).
 */
class CrashSafetyIT {

    private static final String SECRET = "whsec_crash_test";
    private static final int WRITERS = 6;
    private static final int ITEMS_PER_WRITER = 4;
    private static final int KILLS = 4;
    /** Each run is killed only after this many new acknowledgements, then after a random extra delay. */
    private static final int ACKS_BEFORE_KILL = 15;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong sourceClock = new AtomicLong(Instant.parse("2025-01-01T00:00:00Z").toEpochMilli());

    /** Acknowledged events by id. */
    private final Map<String, Delivery> acknowledged = new ConcurrentHashMap<>();
    /** Deliveries in flight when the service died: each may or may not have been committed. */
    private final Queue<Delivery> inDoubt = new ConcurrentLinkedQueue<>();
    private final Queue<Throwable> writerFailures = new ConcurrentLinkedQueue<>();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgres"})
    void every_acknowledged_event_survives_kill_9_at_random_moments(String store) throws Exception {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Path folder = TestDatabases.tempFolder("stockkeeper-crash-");
        Map<String, String> environment = new HashMap<>(Map.of(Config.PORT, "0", Config.WEBHOOK_SECRETS, SECRET));
        TestDatabases.PostgresSchema schema = null;
        if (store.equals("postgres")) {
            schema = TestDatabases.postgresSchema();
            environment.put(Config.DB_URL, schema.url());
            environment.put(Config.DB_USER, TestDatabases.PG_USER);
        }
        Path jar = Path.of(System.getProperty("stockkeeper.jar"));
        Path log = folder.resolve("service.log");
        try {
            for (int kill = 1; kill <= KILLS; kill++) {
                ServiceProcess service = ServiceProcess.startJar(jar, folder, environment, log);
                try {
                    streamUntilKilled(service, random.nextInt(0, 1500), random.nextLong());
                } finally {
                    service.kill();
                }
            }
            assertThat(acknowledged).as("events acknowledged before the kills (seed %d)", seed)
                    .hasSizeGreaterThanOrEqualTo(KILLS * ACKS_BEFORE_KILL);
            try (ServiceProcess restarted = ServiceProcess.startJar(jar, folder, environment, log)) {
                assertEveryAcknowledgedEventIsStored(restarted, seed);
                assertEveryItemReflectsItsNewestAcknowledgedChange(restarted, seed);
            }
        } finally {
            if (schema != null) {
                schema.close();
            }
        }
    }

    private void streamUntilKilled(ServiceProcess service, int extraMillisBeforeKill, long seed) throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        int acknowledgedBefore = acknowledged.size();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            Random random = new Random(seed + w);
            List<String> items = new ArrayList<>();
            for (int i = 0; i < ITEMS_PER_WRITER; i++) {
                items.add("CRASH-" + w + "-" + i);
            }
            Thread writer = new Thread(() -> {
                try {
                    write(service, items, random, killed);
                } catch (Throwable failure) {
                    writerFailures.add(failure);
                }
            }, "writer-" + w);
            writer.start();
            writers.add(writer);
        }
        while (acknowledged.size() < acknowledgedBefore + ACKS_BEFORE_KILL && writers.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(10);
        }
        Thread.sleep(extraMillisBeforeKill);
        killed.set(true);
        service.kill();
        for (Thread writer : writers) {
            writer.join(Duration.ofSeconds(60).toMillis());
            assertThat(writer.isAlive()).as("writer stopped after the kill").isFalse();
        }
        assertThat(writerFailures).as("what the writers saw while the service ran").isEmpty();
    }

    /** Sends new changes of its own items, one at a time, and sometimes a delivery already acknowledged. */
    private void write(ServiceProcess service, List<String> items, Random random, AtomicBoolean killed) {
        Map<String, Long> held = new HashMap<>();
        List<Delivery> mine = new ArrayList<>();
        while (true) {
            Delivery delivery;
            if (!mine.isEmpty() && random.nextInt(10) == 0) {
                delivery = mine.get(random.nextInt(mine.size()));
            } else {
                String item = items.get(random.nextInt(items.size()));
                long quantity = random.nextInt(1000);
                Instant at = Instant.ofEpochMilli(sourceClock.incrementAndGet());
                String id = UUID.randomUUID().toString();
                delivery = new Delivery(id, item, quantity, at,
                        InventoryEvents.selfManagedUpdated(id, item, quantity, held.get(item), at, at));
            }
            Optional<HttpResponse<String>> response = post(service.uri("/webhooks/digital-river"), delivery.body());
            if (response.isEmpty()) {
                assertThat(killed).as("a delivery failed while the service was running").isTrue();
                if (!acknowledged.containsKey(delivery.id())) {
                    inDoubt.add(delivery);
                }
                return;
            }
            assertThat(response.get().statusCode()).as(response.get().body()).isEqualTo(200);
            boolean repeated = acknowledged.containsKey(delivery.id());
            assertThat(outcome(response.get())).isEqualTo(repeated ? "duplicate" : "applied");
            if (!repeated) {
                acknowledged.put(delivery.id(), delivery);
                held.put(delivery.partNumber(), delivery.quantity());
                mine.add(delivery);
            }
        }
    }

    private static String outcome(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body()).path("outcome").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Optional<HttpResponse<String>> post(URI uri, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header(SignatureVerifier.HEADER, SignatureVerifier.header(SECRET, Instant.now(), bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                .build();
        try {
            return Optional.of(client.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException connectionLost) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void assertEveryAcknowledgedEventIsStored(ServiceProcess service, long seed) throws Exception {
        List<String> lost = new ArrayList<>();
        for (Delivery delivery : acknowledged.values()) {
            HttpResponse<String> stored = get(service, "/api/v1/events/" + delivery.id());
            if (stored.statusCode() != 200 || !outcome(stored).equals("applied")) {
                lost.add(delivery.id() + " (" + stored.statusCode() + ")");
            }
        }
        assertThat(lost).as("acknowledged events missing after the kills, of %d (seed %d)", acknowledged.size(), seed)
                .isEmpty();
    }

    private void assertEveryItemReflectsItsNewestAcknowledgedChange(ServiceProcess service, long seed)
            throws Exception {
        List<Delivery> stored = new ArrayList<>(acknowledged.values());
        for (Delivery doubtful : inDoubt) {
            // An unacknowledged delivery may have committed before the kill; then it counts too.
            if (get(service, "/api/v1/events/" + doubtful.id()).statusCode() == 200) {
                stored.add(doubtful);
            }
        }
        Map<String, Delivery> newest = new HashMap<>();
        for (Delivery delivery : stored) {
            newest.merge(delivery.partNumber(), delivery, (a, b) -> a.at().isAfter(b.at()) ? a : b);
        }
        for (Delivery expected : newest.values()) {
            JsonNode item = JSON.readTree(get(service, "/api/v1/inventory/" + expected.partNumber() + "?mode=test")
                    .body());
            assertThat(item.path("lastChange").path("eventId").asText())
                    .as("item %s ends at its newest stored change (seed %d)", expected.partNumber(), seed)
                    .isEqualTo(expected.id());
            assertThat(item.path("quantity").asLong()).isEqualTo(expected.quantity());
        }
    }

    private HttpResponse<String> get(ServiceProcess service, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** One change, as sent. */
    private record Delivery(String id, String partNumber, long quantity, Instant at, String body) {
    }
}
