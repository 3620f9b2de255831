package io.stockkeeper.benchmarks;

import io.stockkeeper.benchmarks.load.HttpLoad;
import io.stockkeeper.benchmarks.load.LoadResult;
import io.stockkeeper.benchmarks.load.Workload;
import io.stockkeeper.bootstrap.process.ServiceProcess;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The full service and the bare receiver, each on a fresh database of the same store, fed the very same
 * deliveries, measured in alternating order (A/B, then B/A) so that a noisy machine hurts both alike.
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

    String run() {
        Map<Integer, List<LoadResult>> full = new LinkedHashMap<>();
        Map<Integer, List<LoadResult>> bare = new LinkedHashMap<>();
        StringBuilder replay = new StringBuilder();
        Workload workload = new Workload(options.items(), options.seed());
        try (ServiceProcess fullService = receivers.full(store.fresh("full"), store.name() + "-full");
                ServiceProcess bareService = receivers.bare(store.fresh("bare"), store.name() + "-bare")) {
            List<String> warmup = workload.next(options.warmup());
            report("warm-up full", post(fullService, warmup, 32));
            report("warm-up bare", post(bareService, warmup, 32));
            for (int round = 1; round <= options.rounds(); round++) {
                for (int connections : options.connections()) {
                    List<String> window = workload.next(options.events());
                    boolean fullFirst = round % 2 == 1;
                    for (int turn = 0; turn < 2; turn++) {
                        boolean isFull = (turn == 0) == fullFirst;
                        LoadResult result = post(isFull ? fullService : bareService, window, connections);
                        (isFull ? full : bare).computeIfAbsent(connections, c -> new ArrayList<>()).add(result);
                        report(Medians.format("round %d, %d connections, %s", round, connections,
                                isFull ? "full" : "bare"), result);
                    }
                }
            }
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
        return table(full, bare) + "\nReplay (`stockkeeper replay FILE --concurrency N`, " + options.replayEvents()
                + " new events per run, one run each):\n\n| store | concurrency | into the service | into the bare"
                + " receiver |\n|---|---|---|---|\n" + replay;
    }

    private String table(Map<Integer, List<LoadResult>> full, Map<Integer, List<LoadResult>> bare) {
        StringBuilder table = new StringBuilder();
        table.append("| store | connections | receiver | events/s per round | median events/s | median p50 ms"
                + " | median p99 ms | receiver JVM CPU µs/event | answers (last round) |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        StringBuilder ratios = new StringBuilder();
        ratios.append("\n| store | connections | throughput full/bare | p99 full/bare | target (≥ 0.70, ≤ 1.30) |\n"
                + "|---|---|---|---|---|\n");
        for (int connections : options.connections()) {
            for (boolean isFull : new boolean[] {true, false}) {
                List<LoadResult> results = (isFull ? full : bare).get(connections);
                table.append(Medians.format("| %s | %d | %s | %s | %.0f | %.1f | %.1f | %.0f | %s |%n", store.name(),
                        connections, isFull ? "full service" : "bare receiver", Medians.rates(results),
                        Medians.of(results, LoadResult::eventsPerSecond), Medians.of(results, LoadResult::p50Millis),
                        Medians.of(results, LoadResult::p99Millis),
                        Medians.of(results, LoadResult::receiverCpuMicrosPerEvent),
                        results.get(results.size() - 1).answers()));
            }
            double throughput = Medians.of(full.get(connections), LoadResult::eventsPerSecond)
                    / Medians.of(bare.get(connections), LoadResult::eventsPerSecond);
            double p99 = Medians.of(full.get(connections), LoadResult::p99Millis)
                    / Medians.of(bare.get(connections), LoadResult::p99Millis);
            boolean failures = full.get(connections).stream().anyMatch(result -> result.failures() > 0);
            ratios.append(Medians.format("| %s | %d | %.2f | %.2f | %s |%n", store.name(), connections, throughput, p99,
                    failures ? "missed: not every delivery was acknowledged"
                            : throughput >= 0.70 && p99 <= 1.30 ? "met" : "missed"));
        }
        return table.append(ratios).toString();
    }

    private LoadResult post(ServiceProcess receiver, List<String> deliveries, int connections) {
        java.time.Duration cpuBefore = receiver.cpuTime();
        LoadResult result = HttpLoad.post(receiver.uri(Receivers.WEBHOOK_PATH), Receivers.SECRET, deliveries,
                connections);
        return result.withReceiverCpu(receiver.cpuTime().minus(cpuBefore));
    }

    private void report(String what, LoadResult result) {
        progress.println(Medians.format("  %s %s: %.0f events/s, p50 %.1f ms, p99 %.1f ms, receiver CPU %.0f µs/event,"
                        + " %s", store.name(), what, result.eventsPerSecond(), result.p50Millis(), result.p99Millis(),
                result.receiverCpuMicrosPerEvent(), result.answers()));
        if (result.failures() > 0) {
            progress.println("  WARNING: " + result.failures() + " deliveries were not acknowledged; see the answers");
        }
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\\R");
        return lines[lines.length - 1];
    }
}
