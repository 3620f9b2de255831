package io.stockkeeper.benchmarks;

import io.stockkeeper.benchmarks.load.LoadResult;
import io.stockkeeper.benchmarks.load.Workload;
import io.stockkeeper.bootstrap.Config;
import io.stockkeeper.bootstrap.process.ServiceProcess;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full service (deliveries that arrive together share a transaction, ADR 0104), optionally the full
 * service with one transaction per delivery, and the bare receiver, each on a fresh database of the same
 * store, fed the very same deliveries, each round starting with another of them so that a noisy machine
 * hurts all alike.
 * Then replay through the service's own {@code replay} command into each.
 */
final class PipelineRun {

    private final Receivers receivers;
    private final Store store;
    private final Options options;
    private final PrintStream progress;

    PipelineRun(Receivers receivers, Store store, Options options, PrintStream progress) {
        this.receivers = receivers;
        this.store = store;
        this.options = options;
        this.progress = progress;
    }

    /** A receiver under test, and how the report names it. */
    private record Contender(String name, ServiceProcess process) {
    }

    String run() {
        String sharing;
        WarmUp.Outcome warmedUp;
        Map<String, Map<Integer, List<LoadResult>>> results = new LinkedHashMap<>();
        StringBuilder replay = new StringBuilder();
        Workload workload = new Workload(options.items(), options.seed());
        try (ServiceProcess fullService = receivers.full(store.fresh("full"), store.name() + "-full");
                ServiceProcess ungroupedService = options.ungrouped()
                        ? receivers.full(store.fresh("single"), store.name() + "-single", Map.of(
                                Config.INTAKE_BATCH_MAX, "1"))
                        : null;
                ServiceProcess bareService = receivers.bare(store.fresh("bare"), store.name() + "-bare")) {
            List<Contender> contenders = new ArrayList<>();
            contenders.add(new Contender(FULL, fullService));
            if (ungroupedService != null) {
                contenders.add(new Contender(UNGROUPED, ungroupedService));
            }
            contenders.add(new Contender(BARE, bareService));
            warmedUp = WarmUp.untilSettled(contenders.stream().map(Contender::process).toList(),
                    () -> workload.next(options.warmup()), 32, (window, windowResults) -> {
                        for (int i = 0; i < windowResults.size(); i++) {
                            report("warm-up " + window + ", " + contenders.get(i).name(), windowResults.get(i));
                        }
                    });
            for (int round = 1; round <= options.rounds(); round++) {
                for (int connections : options.connections()) {
                    List<String> window = workload.next(options.events());
                    // Each round starts with another receiver, so that none always runs first or last.
                    for (int turn = 0; turn < contenders.size(); turn++) {
                        Contender contender = contenders.get((turn + round - 1) % contenders.size());
                        LoadResult result = WarmUp.measure(contender.process(), window, connections);
                        results.computeIfAbsent(contender.name(), name -> new LinkedHashMap<>())
                                .computeIfAbsent(connections, c -> new ArrayList<>()).add(result);
                        report(Medians.format("round %d, %d connections, %s", round, connections, contender.name()),
                                result);
                    }
                }
            }
            sharing = Medians.format("Deliveries per transaction in the full service, as each delivery saw it (mean over"
                    + " the whole run, from its metric stockkeeper_intake_transaction_deliveries): %.1f%n%n",
                    meanTransactionSize(fullService));
            progress.print("  " + sharing);
            for (int connections : options.connections()) {
                List<String> events = workload.next(options.replayEvents());
                var file = receivers.write(store.name() + "-replay-" + connections + ".jsonl", events);
                String fullReplay = lastLine(receivers.replay(file, fullService.uri(Receivers.WEBHOOK_PATH).toString(),
                        connections));
                String bareReplay = lastLine(receivers.replay(file, bareService.uri(Receivers.WEBHOOK_PATH).toString(),
                        connections));
                progress.println("  replay, " + connections + " connections: full " + fullReplay + " | bare " + bareReplay);
                replay.append(Medians.format("| %s | %d | %s | %s |%n", store.name(), connections, fullReplay,
                        bareReplay));
            }
        }
        return "Warm-up at 32 connections, the same deliveries to every receiver: "
                + warmedUp.describe(options.warmup()) + ".\n\n" + table(results) + "\n" + sharing
                + "Replay (`stockkeeper replay FILE --concurrency N`, " + options.replayEvents()
                + " new events per run, one run each):\n\n| store | concurrency | into the service | into the bare"
                + " receiver |\n|---|---|---|---|\n" + replay;
    }

    private static final String FULL = "full service";
    private static final String UNGROUPED = "full service, one transaction per delivery";
    private static final String BARE = "bare receiver";

    private String table(Map<String, Map<Integer, List<LoadResult>>> results) {
        StringBuilder table = new StringBuilder();
        table.append("| store | connections | receiver | events/s per round | median events/s | median p50 ms"
                + " | median p99 ms | receiver JVM CPU µs/event | machine busy % | answers (last round) |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        StringBuilder ratios = new StringBuilder();
        ratios.append("\n| store | connections | receiver | throughput vs bare | p99 vs bare | target (≥ 0.70, ≤ 1.30) |\n"
                + "|---|---|---|---|---|---|\n");
        Map<Integer, List<LoadResult>> bare = results.get(BARE);
        for (int connections : options.connections()) {
            for (var entry : results.entrySet()) {
                List<LoadResult> rounds = entry.getValue().get(connections);
                table.append(Medians.format("| %s | %d | %s | %s | %.0f | %.1f | %.1f | %.0f | %.0f | %s |%n",
                        store.name(), connections, entry.getKey(), Medians.rates(rounds),
                        Medians.of(rounds, LoadResult::eventsPerSecond), Medians.of(rounds, LoadResult::p50Millis),
                        Medians.of(rounds, LoadResult::p99Millis),
                        Medians.of(rounds, LoadResult::receiverCpuMicrosPerEvent),
                        Medians.of(rounds, LoadResult::machineBusyPercent), rounds.get(rounds.size() - 1).answers()));
            }
            for (var entry : results.entrySet()) {
                if (entry.getKey().equals(BARE)) {
                    continue;
                }
                List<LoadResult> rounds = entry.getValue().get(connections);
                double throughput = Medians.of(rounds, LoadResult::eventsPerSecond)
                        / Medians.of(bare.get(connections), LoadResult::eventsPerSecond);
                double p99 = Medians.of(rounds, LoadResult::p99Millis)
                        / Medians.of(bare.get(connections), LoadResult::p99Millis);
                boolean failures = rounds.stream().anyMatch(result -> result.failures() > 0);
                ratios.append(Medians.format("| %s | %d | %s | %.2f | %.2f | %s |%n", store.name(), connections,
                        entry.getKey(), throughput, p99, failures ? "missed: not every delivery was acknowledged"
                                : throughput >= 0.70 && p99 <= 1.30 ? "met" : "missed"));
            }
        }
        return table.append(ratios).toString();
    }

    private void report(String what, LoadResult result) {
        progress.println(Medians.format("  %s %s: %.0f events/s, p50 %.1f ms, p99 %.1f ms, receiver CPU %.0f µs/event,"
                        + " machine %.0f %% busy, %s", store.name(), what, result.eventsPerSecond(), result.p50Millis(),
                result.p99Millis(), result.receiverCpuMicrosPerEvent(), result.machineBusyPercent(), result.answers()));
        if (result.failures() > 0) {
            progress.println("  WARNING: " + result.failures() + " deliveries were not acknowledged; see the answers");
        }
    }

    /** Sum over count of the service's transaction-size summary, read from its Prometheus endpoint. */
    private static double meanTransactionSize(ServiceProcess service) {
        try {
            String text = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(service.uri("/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            double sum = Double.NaN;
            double count = Double.NaN;
            for (String line : text.split("\\R")) {
                if (line.startsWith("stockkeeper_intake_transaction_deliveries_sum")) {
                    sum = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                } else if (line.startsWith("stockkeeper_intake_transaction_deliveries_count")) {
                    count = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            return sum / count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\\R");
        return lines[lines.length - 1];
    }
}
