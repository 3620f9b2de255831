package io.stockkeeper.benchmarks;

import io.stockkeeper.benchmarks.load.HttpLoad;
import io.stockkeeper.benchmarks.load.LoadResult;
import io.stockkeeper.benchmarks.load.Workload;
import io.stockkeeper.bootstrap.process.ServiceProcess;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * How the service's cost grows with what it holds: the same load at 32 connections on a base case
 * (1k items, 10k stored events), with 100k items, and with 1M stored events. The three services run at
 * once and are measured in rotating order.
 */
final class ScaleRun {

    private static final int CONNECTIONS = 32;

    private final Receivers receivers;
    private final Store store;
    private final Options options;
    private final PrintStream progress;

    ScaleRun(Receivers receivers, Store store, Options options, PrintStream progress) {
        this.receivers = receivers;
        this.store = store;
        this.options = options;
        this.progress = progress;
    }

    /** One service and what it was given before the measurement. */
    private record Case(String name, int items, int storedEvents, Workload workload, List<LoadResult> results) {
    }

    String run() throws SQLException {
        List<Case> cases = List.of(
                new Case("base: 1k items, 10k stored events", 1_000, 10_000, new Workload(1_000, options.seed()),
                        new ArrayList<>()),
                new Case("100k items", 100_000, 100_000, new Workload(100_000, options.seed()), new ArrayList<>()),
                new Case("1M stored events", 1_000, 1_000_000, new Workload(1_000, options.seed()), new ArrayList<>()));
        List<ServiceProcess> services = new ArrayList<>();
        StringBuilder seeding = new StringBuilder();
        try {
            int index = 0;
            for (Case scale : cases) {
                Store.Target target = store.fresh("scale" + index);
                receivers.migrate(target);
                long started = System.nanoTime();
                store.seedIgnoredEvents(target, Math.max(0, scale.storedEvents() - scale.items()));
                double seedSeconds = (System.nanoTime() - started) / 1e9;
                ServiceProcess service = receivers.full(target, store.name() + "-scale" + index++);
                services.add(service);
                LoadResult created = createItems(service, scale.workload().everyItemOnce());
                warnUnacknowledged(scale.name() + ", creating the items", created);
                WarmUp.Outcome warmedUp = WarmUp.untilSettled(List.of(service),
                        () -> scale.workload().next(options.warmup()), CONNECTIONS,
                        (window, results) -> warnUnacknowledged(scale.name() + ", warm-up", results.get(0)));
                seeding.append(Medians.format("| %s | %s | %d items created over HTTP at %.0f events/s;"
                                + " %d ignored events added by SQL in %.0f s; warmed up: %s |%n",
                        store.name(), scale.name(), scale.items(), created.eventsPerSecond(),
                        Math.max(0, scale.storedEvents() - scale.items()), seedSeconds,
                        warmedUp.describe(options.warmup())));
                progress.println("  " + store.name() + " scale case ready: " + scale.name());
            }
            for (int round = 1; round <= options.rounds(); round++) {
                for (int turn = 0; turn < cases.size(); turn++) {
                    int which = (turn + round - 1) % cases.size();
                    Case scale = cases.get(which);
                    LoadResult result = HttpLoad.post(services.get(which).uri(Receivers.WEBHOOK_PATH), Receivers.SECRET,
                            scale.workload().next(options.scaleEvents()), CONNECTIONS);
                    warnUnacknowledged(scale.name(), result);
                    scale.results().add(result);
                    progress.println(Medians.format("  %s round %d, %s: %.0f events/s, p99 %.1f ms", store.name(),
                            round, scale.name(), result.eventsPerSecond(), result.p99Millis()));
                }
            }
        } finally {
            services.forEach(ServiceProcess::close);
        }
        double base = Medians.of(cases.get(0).results(), LoadResult::eventsPerSecond);
        StringBuilder table = new StringBuilder("| store | case | events/s per round | median events/s | median p99 ms"
                + " | slowdown vs base (target ≤ 20 %) |\n|---|---|---|---|---|---|\n");
        for (Case scale : cases) {
            double median = Medians.of(scale.results(), LoadResult::eventsPerSecond);
            table.append(Medians.format("| %s | %s | %s | %.0f | %.1f | %s |%n", store.name(), scale.name(),
                    Medians.rates(scale.results()), median, Medians.of(scale.results(), LoadResult::p99Millis),
                    scale == cases.get(0) ? "—" : Medians.format("%.0f %%", 100 * (1 - median / base))));
        }
        return table + "\nHow each case was prepared:\n\n| store | case | preparation |\n|---|---|---|\n" + seeding;
    }

    /**
     * In slices, each signed just before it is sent: 100k deliveries take longer than the signature's
     * five-minute window.
     */
    private static LoadResult createItems(ServiceProcess service, List<String> firstChanges) {
        int slice = 10_000;
        double seconds = 0;
        java.util.Map<String, Integer> answers = new java.util.HashMap<>();
        for (int from = 0; from < firstChanges.size(); from += slice) {
            LoadResult part = HttpLoad.post(service.uri(Receivers.WEBHOOK_PATH), Receivers.SECRET,
                    firstChanges.subList(from, Math.min(firstChanges.size(), from + slice)), CONNECTIONS);
            seconds += part.seconds();
            part.answers().forEach((answer, count) -> answers.merge(answer, count, Integer::sum));
        }
        return new LoadResult(firstChanges.size(), seconds, Double.NaN, Double.NaN, answers, Double.NaN, Double.NaN);
    }

    private void warnUnacknowledged(String what, LoadResult result) {
        if (result.failures() > 0) {
            progress.println("  WARNING: " + store.name() + " " + what + ": " + result.failures()
                    + " deliveries were not acknowledged: " + result.answers());
        }
    }
}
