package io.stockkeeper.bootstrap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockkeeper.adapters.http.webhook.SignatureVerifier;
import io.stockkeeper.bootstrap.Config;
import io.stockkeeper.bootstrap.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Posts a JSON-lines file of events to a webhook endpoint, signing each one, and sums up the outcomes. */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Post a JSON-lines file of events to a webhook endpoint, each signed as Digital River signs.")
public final class ReplayCommand implements java.util.concurrent.Callable<Integer> {

    private static final Pattern OUTCOME = Pattern.compile("\"outcome\"\\s*:\\s*\"([a-z]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "One JSON event per line; blank lines are skipped.")
    Path file;

    @Option(names = "--url", description = "Webhook endpoint (default: ${DEFAULT-VALUE}).",
            defaultValue = "http://127.0.0.1:7070/webhooks/digital-river")
    URI url;

    @Option(names = "--secret", description = "Signing secret (default: the first configured one, as the service reads them).")
    String secret;

    @Option(names = "--concurrency", description = "Deliveries in flight at once (default: ${DEFAULT-VALUE}); one"
            + " item's changes are still sent one after the other, in the file's order.", defaultValue = "4")
    int concurrency;

    @Option(names = "--no-progress", description = "Do not draw the progress bar.")
    boolean noProgress;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (concurrency < 1 || concurrency > 256) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--concurrency must be between 1 and 256");
        }
        if (!"http".equalsIgnoreCase(url.getScheme()) && !"https".equalsIgnoreCase(url.getScheme())
                || url.getHost() == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--url must be an http:// or https:// URL");
        }
        if (secret != null && secret.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--secret must not be empty");
        }
        String signingSecret = secret != null ? secret : firstConfiguredSecret();
        if (signingSecret == null) {
            err.println("note: no secret (--secret, " + Config.WEBHOOK_SECRETS + " or " + Config.WEBHOOK_SECRETS_FILE
                    + "): sending unsigned deliveries");
        }
        List<String> lines = FileText.lines(file).stream().filter(l -> !l.isBlank()).toList();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        // One lane per connection, each sending its lines in the file's order; every line of one item goes to
        // the same lane, so an item's history is replayed in order (else the older of two changes sent at once
        // could arrive second and be refused as stale), and different items still go in parallel.
        List<List<String>> lanes = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            lanes.add(new ArrayList<>());
        }
        for (String line : lines) {
            lanes.get(Math.floorMod(itemOf(line).hashCode(), concurrency)).add(line);
        }
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (List<String> lane : lanes) {
            pool.execute(() -> {
                for (String line : lane) {
                    String outcome;
                    try {
                        outcome = post(client, line, signingSecret);
                    } catch (RuntimeException e) {
                        outcome = "failed: " + e.getClass().getSimpleName();
                    }
                    outcomes.computeIfAbsent(outcome, key -> new LongAdder()).increment();
                    done.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        Progress progress = new Progress(err, lines.size(), !noProgress && System.console() != null);
        while (!pool.awaitTermination(100, TimeUnit.MILLISECONDS)) {
            progress.draw(done.get());
        }
        progress.draw(done.get());
        progress.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Long> summary = new TreeMap<>();
        outcomes.forEach((key, count) -> summary.put(key, count.sum()));
        out.printf("replayed %d events in %.1f s (%.0f events/s): %s%n", lines.size(), seconds,
                lines.size() / Math.max(seconds, 1e-9), summary);
        boolean failures = summary.keySet().stream().anyMatch(key -> !key.matches("[a-z]+"));
        return failures || lines.isEmpty() ? 1 : 0;
    }

    /**
     * What keeps a line's place among the others: its item (mode and part number) when it reads as an inventory
     * event, else the line itself (an event of another type, or one the service will refuse, has no order to keep).
     */
    private static String itemOf(String line) {
        try {
            JsonNode event = JSON.readTree(line);
            JsonNode partNumber = event.path("data").path("object").path("partNumber");
            if (partNumber.isTextual()) {
                return event.path("liveMode").asText() + "/" + partNumber.asText();
            }
        } catch (IOException | RuntimeException notJson) {
            // sent as it is; the service answers what is wrong with it
        }
        return line;
    }

    private String post(HttpClient client, String line, String signingSecret) {
        byte[] body = line.getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signingSecret != null) {
            request.header(SignatureVerifier.HEADER, SignatureVerifier.header(signingSecret, Instant.now(), body));
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Matcher outcome = OUTCOME.matcher(response.body());
            if (response.statusCode() / 100 == 2 && outcome.find()) {
                return outcome.group(1);
            }
            return "HTTP " + response.statusCode();
        } catch (IOException e) {
            return "connection failed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The first secret of the service's own settings (variable, secrets file, properties file). */
    private static String firstConfiguredSecret() {
        List<String> secrets = Config.webhookSecrets(Settings.of(System.getenv()));
        return secrets.isEmpty() ? null : secrets.get(0);
    }

    /** A one-line bar on standard error, redrawn in place. */
    private static final class Progress {
        private final PrintWriter err;
        private final int total;
        private final boolean enabled;

        Progress(PrintWriter err, int total, boolean enabled) {
            this.err = err;
            this.total = total;
            this.enabled = enabled;
        }

        void draw(int done) {
            if (!enabled || total == 0) {
                return;
            }
            int width = 40;
            int filled = (int) ((long) done * width / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
            err.flush();
        }

        void finish() {
            if (enabled) {
                err.println();
            }
        }
    }
}
