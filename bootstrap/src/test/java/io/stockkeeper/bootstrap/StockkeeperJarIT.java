package io.stockkeeper.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockkeeper.adapters.http.webhook.SignatureVerifier;
import io.stockkeeper.adapters.persistence.TestDatabases;
import io.stockkeeper.application.testing.Fixtures;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar started as a new user would start it: with a bad setting (one clear line per
 * problem, exit code 2), with good settings (ready, takes a delivery, JSON logs, metrics, a clean stop
 * on SIGTERM), and {@code migrate}.
 */
class StockkeeperJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "whsec_jar_test_secret";

    @TempDir
    Path workDir;

    private record Run(int exitCode, List<String> out, List<String> err) {
    }

    private Process launch(Map<String, String> settings, String... arguments) throws IOException {
        return launch("", settings, arguments);
    }

    /** Starts the jar in the work folder; its output goes to {@code <name>out.log} and {@code <name>err.log}. */
    private Process launch(String name, Map<String, String> settings, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(workDir.resolve(name + "out.log").toFile())
                .redirectError(workDir.resolve(name + "err.log").toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("STOCKKEEPER_"));
        builder.environment().putAll(settings);
        return builder.start();
    }

    private Run run(Map<String, String> settings, String... arguments) throws Exception {
        Process process = launch(settings, arguments);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command ends by itself").isTrue();
        return new Run(process.exitValue(), lines("out.log"), lines("err.log"));
    }

    private List<String> lines(String file) throws IOException {
        return Files.readAllLines(workDir.resolve(file), StandardCharsets.UTF_8);
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("stockkeeper.jar", "target/stockkeeper.jar"));
        assertThat(jar).as("the packaged jar (run by failsafe after 'package')").exists();
        return jar;
    }

    private String h2() {
        return TestDatabases.h2Url(workDir.resolve("db"));
    }

    @Test
    void a_bad_setting_stops_start_up_with_one_line_per_problem_and_exit_code_2() throws Exception {
        Run run = run(Map.of(Config.PORT, "seventy", Config.LOG_FORMAT, "xml",
                Config.WEBHOOK_SECRETS_FILE, workDir.resolve("missing-secrets").toString(),
                Config.API_TOKEN, "token-that-must-not-show"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).containsExactlyInAnyOrder(
                "configuration: " + Config.PORT + ": not a whole number: 'seventy'",
                "configuration: " + Config.LOG_FORMAT + ": must be text or json, was 'xml'",
                "configuration: " + Config.WEBHOOK_SECRETS_FILE + ": cannot read '"
                        + workDir.resolve("missing-secrets") + "' (NoSuchFileException)");
        assertThat(run.out()).isEmpty();
        assertThat(String.join("\n", run.err())).doesNotContain("token-that-must-not-show");
    }

    @Test
    void a_port_in_use_stops_start_up_with_a_clear_line_and_exit_code_2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            Run run = run(Map.of(Config.PORT, Integer.toString(taken.getLocalPort()), Config.DB_URL, h2()));

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).containsExactly("configuration: " + Config.PORT + ": cannot listen on 127.0.0.1:"
                    + taken.getLocalPort() + ", the port is already in use (or not allowed)");
        }
    }

    @Test
    void migrate_brings_the_schema_up_to_date_and_exits() throws Exception {
        Run first = run(Map.of(Config.DB_URL, h2()), "migrate");
        Run second = run(Map.of(Config.DB_URL, h2()), "migrate");

        assertThat(first.exitCode()).as(String.join("\n", first.err())).isZero();
        assertThat(first.out()).anySatisfy(line -> assertThat(line).matches("migrated jdbc:h2:file:.*: [1-9]\\d* migration\\(s\\) applied"));
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).anySatisfy(line -> assertThat(line).endsWith(": 0 migration(s) applied"));
    }

    @Test
    void migrate_of_a_database_it_cannot_reach_is_one_line_and_exit_code_1() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:1/stockkeeper";
        Run run = run(Map.of(Config.DB_URL, url), "migrate");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).hasSize(1);
        assertThat(run.err().get(0)).startsWith("stockkeeper: cannot migrate the database at " + url + ": ")
                .endsWith("Connection refused");
    }

    @Test
    void with_good_settings_it_serves_logs_json_and_stops_cleanly_on_sigterm() throws Exception {
        final int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Path secrets = Files.writeString(workDir.resolve("secrets"), SECRET + "\n");
        Map<String, String> settings = new HashMap<>(Map.of(Config.PORT, Integer.toString(port), Config.HOST, "127.0.0.1",
                Config.DB_URL, h2(), Config.WEBHOOK_SECRETS_FILE, secrets.toString(), Config.LOG_FORMAT, "json"));
        Process service = launch(settings);
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            URI base = URI.create("http://127.0.0.1:" + port);
            assertThat(readyWithin(client, base, Duration.ofSeconds(60), service)).isEqualTo(200);

            byte[] body = Fixtures.bytes(Fixtures.RESTOCK_2_TO_50);
            HttpResponse<String> delivery = client.send(HttpRequest.newBuilder(base.resolve("/webhooks/digital-river"))
                    .header("Content-Type", "application/json")
                    .header(SignatureVerifier.HEADER, SignatureVerifier.header(SECRET, Instant.now(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(delivery.statusCode()).as(delivery.body()).isEqualTo(200);
            String metrics = client.send(HttpRequest.newBuilder(base.resolve("/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            assertThat(metrics).contains("stockkeeper_events_received_total{outcome=\"applied\",type=\"inventory.self_managed_updated\"} 1.0");
            assertThat(client.send(HttpRequest.newBuilder(base.resolve("/")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).contains("<title>Stockkeeper</title>");

            replayWhileScraping(client, base, Map.of(Config.WEBHOOK_SECRETS_FILE, secrets.toString()));
        } finally {
            service.destroy();
        }
        assertThat(service.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        assertThat(service.exitValue()).isEqualTo(143);

        List<JsonNode> log = new ArrayList<>();
        for (String line : lines("out.log")) {
            log.add(JSON.readTree(line));
        }
        assertThat(log).isNotEmpty().allSatisfy(entry -> assertThat(entry.has("level")).isTrue());
        assertThat(log).anySatisfy(entry -> assertThat(entry.path("formattedMessage").asText())
                .isEqualTo("Stockkeeper listening on http://127.0.0.1:" + port));
        assertThat(log).anySatisfy(entry -> {
            assertThat(entry.path("formattedMessage").asText()).isEqualTo("delivery");
            assertThat(entry.path("kvpList").toString()).contains("5b0f6c1e-7d2a-4e8b-9a41-2f3c8d9e0a11", "applied");
        });
        assertThat(log).anySatisfy(entry -> assertThat(entry.path("formattedMessage").asText()).isEqualTo("Stockkeeper stopped"));
        assertThat(String.join("\n", lines("out.log")) + String.join("\n", lines("err.log")))
                .doesNotContain(SECRET).doesNotContain("previousAttributes");
    }

    /**
     * The {@code replay} command posts a file of events, signing with the secret it reads from the same
     * settings, while {@code /metrics} is scraped: counts only grow, and end at what was replayed.
     */
    private void replayWhileScraping(HttpClient client, URI base, Map<String, String> settings) throws Exception {
        int events = 40;
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= events; i++) {
            lines.append(new String(TestEvents.stockChange("replayed-" + i, "REPLAYED", i, i - 1,
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)), StandardCharsets.UTF_8)).append('\n');
        }
        Path file = Files.writeString(workDir.resolve("events.jsonl"), lines);
        Process replay = launch("replay-", settings, "replay", "--no-progress", "--url",
                base.resolve("/webhooks/digital-river").toString(), file.toString());
        List<Double> seen = new ArrayList<>();
        while (replay.isAlive()) {
            seen.add(received(client, base));
            replay.waitFor(50, TimeUnit.MILLISECONDS);
        }
        assertThat(replay.exitValue()).as(String.join("\n", lines("replay-err.log"))).isZero();
        // Four deliveries in flight at once arrive out of order: older ones are stale, newest wins.
        assertThat(lines("replay-out.log")).anySatisfy(line -> assertThat(line)
                .matches("replayed " + events + " events in .*: \\{applied=\\d+(, stale=\\d+)?\\}"));
        seen.add(received(client, base));
        assertThat(seen).isSorted().last().isEqualTo(1.0 + events);
        String item = client.send(HttpRequest.newBuilder(base.resolve("/api/v1/inventory/REPLAYED?mode=test")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(JSON.readTree(item).path("quantity").asLong()).isEqualTo(events);
    }

    /** All deliveries intake took, whatever their type and outcome, as the scrape says. */
    private static double received(HttpClient client, URI base) throws Exception {
        String metrics = client.send(HttpRequest.newBuilder(base.resolve("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return metrics.lines().filter(line -> line.startsWith("stockkeeper_events_received_total{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static int readyWithin(HttpClient client, URI base, Duration bound, Process service) throws Exception {
        Instant deadline = Instant.now().plus(bound);
        while (Instant.now().isBefore(deadline) && service.isAlive()) {
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(base.resolve("/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return 200;
                }
            } catch (IOException notYetListening) {
                // starting
            }
            Thread.sleep(200);
        }
        return -1;
    }
}
