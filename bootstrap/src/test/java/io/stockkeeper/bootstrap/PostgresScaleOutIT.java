package io.stockkeeper.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockkeeper.adapters.http.webhook.SignatureVerifier;
import io.stockkeeper.adapters.persistence.TestDatabases;
import io.stockkeeper.bootstrap.process.InventoryEvents;
import io.stockkeeper.bootstrap.process.ServiceProcess;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged jar on one PostgreSQL database, as behind a load balancer. Every event
 * is delivered to both at the same moment, in shuffled order, and again later: each is applied exactly
 * once, every item ends at its newest change, and no delivery fails or deadlocks.
 */
class PostgresScaleOutIT {

    private static final String SECRET = "whsec_scale_out";
    private static final int ITEMS = 40;
    private static final int CHANGES_PER_ITEM = 25;
    private static final int IN_FLIGHT = 16;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void two_instances_apply_each_event_exactly_once_and_every_item_ends_at_its_newest_change() throws Exception {
        long seed = new Random().nextLong();
        List<Change> changes = changes(new Random(seed));
        Path folder = TestDatabases.tempFolder("stockkeeper-scale-out-");
        Path jar = Path.of(System.getProperty("stockkeeper.jar"));
        try (TestDatabases.PostgresSchema schema = TestDatabases.postgresSchema()) {
            Map<String, String> environment = Map.of(Config.PORT, "0", Config.WEBHOOK_SECRETS, SECRET,
                    Config.DB_URL, schema.url(), Config.DB_USER, TestDatabases.PG_USER);
            try (ServiceProcess first = ServiceProcess.startJar(jar, folder, environment, folder.resolve("first.log"));
                    ServiceProcess second = ServiceProcess.startJar(jar, folder, environment,
                            folder.resolve("second.log"))) {
                Map<String, List<Answer>> answers = new ConcurrentHashMap<>();
                ExecutorService senders = Executors.newFixedThreadPool(IN_FLIGHT);
                try {
                    deliverToBothAtOnce(changes, List.of(first, second), senders, answers);
                    Collections.shuffle(changes, new Random(seed + 1));
                    deliverToBothAtOnce(changes, List.of(second, first), senders, answers);
                } finally {
                    senders.shutdown();
                    assertThat(senders.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
                }

                for (Change change : changes) {
                    List<Answer> received = answers.get(change.id());
                    assertThat(received).as("answers to %s (seed %d)", change.id(), seed).hasSize(4)
                            .allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(200));
                    assertThat(received.stream().filter(answer -> !answer.outcome().equals("duplicate")))
                            .as("%s is applied (or found stale) exactly once (seed %d)", change.id(), seed)
                            .hasSize(1);
                }
                Map<String, Long> appliedPerItem = new HashMap<>();
                answers.forEach((id, received) -> received.stream()
                        .filter(answer -> answer.outcome().equals("applied"))
                        .forEach(answer -> appliedPerItem.merge(answer.partNumber(), 1L, Long::sum)));
                for (Change newest : newestPerItem(changes).values()) {
                    JsonNode item = JSON.readTree(client.send(HttpRequest.newBuilder(
                            first.uri("/api/v1/inventory/" + newest.partNumber() + "?mode=test")).GET().build(),
                            HttpResponse.BodyHandlers.ofString()).body());
                    assertThat(item.path("lastChange").path("eventId").asText())
                            .as("item %s ends at its newest change (seed %d)", newest.partNumber(), seed)
                            .isEqualTo(newest.id());
                    assertThat(item.path("quantity").asLong()).isEqualTo(newest.quantity());
                    assertThat(item.path("version").asLong()).as("one version per applied change")
                            .isEqualTo(appliedPerItem.get(newest.partNumber()));
                }
            }
            for (String log : List.of("first.log", "second.log")) {
                assertThat(Files.readString(folder.resolve(log))).as(log)
                        .doesNotContainIgnoringCase("deadlock")
                        .doesNotContain("ERROR");
            }
        }
    }

    private void deliverToBothAtOnce(List<Change> changes, List<ServiceProcess> instances, ExecutorService senders,
            Map<String, List<Answer>> answers) {
        List<CompletableFuture<Void>> pending = new ArrayList<>();
        for (Change change : changes) {
            for (ServiceProcess instance : instances) {
                pending.add(CompletableFuture.runAsync(() -> {
                    Answer answer = post(instance, change);
                    answers.computeIfAbsent(change.id(), id -> Collections.synchronizedList(new ArrayList<>()))
                            .add(answer);
                }, senders));
            }
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    }

    private Answer post(ServiceProcess instance, Change change) {
        byte[] body = change.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(instance.uri("/webhooks/digital-river"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header(SignatureVerifier.HEADER, SignatureVerifier.header(SECRET, Instant.now(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            String outcome = response.statusCode() == 200
                    ? JSON.readTree(response.body()).path("outcome").asText() : "none";
            return new Answer(change.partNumber(), response.statusCode(), outcome, response.body());
        } catch (Exception e) {
            return new Answer(change.partNumber(), -1, "none", e.toString());
        }
    }

    /** Several changes per item with increasing source timestamps, delivered in shuffled order. */
    private static List<Change> changes(Random random) {
        List<Change> changes = new ArrayList<>();
        Instant start = Instant.parse("2025-03-01T00:00:00Z");
        for (int item = 0; item < ITEMS; item++) {
            for (int n = 0; n < CHANGES_PER_ITEM; n++) {
                String id = "scale-" + item + "-" + n + "-" + random.nextInt(1_000_000);
                String partNumber = "SCALE-" + item;
                long quantity = random.nextInt(500);
                Instant at = start.plusMillis(n * 1000L + random.nextInt(1000));
                changes.add(new Change(id, partNumber, quantity, at,
                        InventoryEvents.selfManagedUpdated(id, partNumber, quantity, null, at, at)));
            }
        }
        Collections.shuffle(changes, random);
        return changes;
    }

    private static Map<String, Change> newestPerItem(List<Change> changes) {
        Map<String, Change> newest = new HashMap<>();
        for (Change change : changes) {
            newest.merge(change.partNumber(), change, (a, b) -> a.at().isAfter(b.at()) ? a : b);
        }
        return newest;
    }

    private record Change(String id, String partNumber, long quantity, Instant at, String body) {
    }

    private record Answer(String partNumber, int status, String outcome, String body) {
    }
}
