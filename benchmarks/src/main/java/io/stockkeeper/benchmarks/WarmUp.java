package io.stockkeeper.benchmarks;

import io.stockkeeper.benchmarks.load.HttpLoad;
import io.stockkeeper.benchmarks.load.LoadResult;
import io.stockkeeper.bootstrap.process.ServiceProcess;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Warms receivers up until they have settled: windows of deliveries are sent to every receiver alike (the
 * same bytes, so their stores stay alike) until each receiver's own CPU time per event has stayed within
 * {@value #SETTLED_PERCENT} % of the window before, two windows in a row (one such pair is not enough: the full
 * service can stay level for a window or two between two JIT stages). A fixed count does not do: on two shared
 * cores the full service kept getting cheaper per event for 40,000 to 75,000 deliveries (its JIT compilers share
 * the cores with everything else, and its per-batch code runs once per batch), the bare receiver within about
 * 10,000 (ADR 0200).
 */
final class WarmUp {

    static final int SETTLED_PERCENT = 10;
    static final int MIN_WINDOWS = 8;
    static final int MAX_WINDOWS = 15;

    private WarmUp() {
    }

    /** How a warm-up went: how many windows were sent, and whether every receiver had settled by then. */
    record Outcome(int windows, boolean settled) {

        /** For the report. */
        String describe(int deliveriesPerWindow) {
            return Medians.format("%d windows of %d deliveries", windows, deliveriesPerWindow) + (settled
                    ? Medians.format(", when every receiver's CPU per event had stayed within %d %% of the window"
                            + " before twice in a row", SETTLED_PERCENT)
                    : Medians.format(" (the most it sends: not every receiver's CPU per event had stayed within %d %%"
                            + " of the window before twice in a row)", SETTLED_PERCENT));
        }
    }

    /**
     * Sends {@code nextWindow} to every receiver until each has settled, at least {@value #MIN_WINDOWS} and at
     * most {@value #MAX_WINDOWS} windows.
     */
    static Outcome untilSettled(List<ServiceProcess> receivers, Supplier<List<String>> nextWindow, int connections,
            BiConsumer<Integer, List<LoadResult>> report) {
        double[] previous = new double[receivers.size()];
        boolean settledBefore = false;
        for (int window = 1; window <= MAX_WINDOWS; window++) {
            List<String> deliveries = nextWindow.get();
            List<LoadResult> results = receivers.stream().map(receiver -> measure(receiver, deliveries, connections))
                    .toList();
            report.accept(window, results);
            boolean settled = window >= MIN_WINDOWS;
            for (int i = 0; i < results.size(); i++) {
                double cpu = results.get(i).receiverCpuMicrosPerEvent();
                settled &= Math.abs(cpu - previous[i]) <= previous[i] * SETTLED_PERCENT / 100.0;
                previous[i] = cpu;
            }
            if (settled && settledBefore) {
                return new Outcome(window, true);
            }
            settledBefore = settled;
        }
        return new Outcome(MAX_WINDOWS, false);
    }

    /** One window, with the CPU time the receiver's own process spent on it and how busy the machine was. */
    static LoadResult measure(ServiceProcess receiver, List<String> deliveries, int connections) {
        Duration cpuBefore = receiver.cpuTime();
        long[] machineBefore = Machine.cpuTicks();
        LoadResult result = HttpLoad.post(receiver.uri(Receivers.WEBHOOK_PATH), Receivers.SECRET, deliveries,
                connections);
        long[] machineAfter = Machine.cpuTicks();
        long total = machineAfter[0] - machineBefore[0];
        double busy = total > 0 ? 100.0 * (total - (machineAfter[1] - machineBefore[1])) / total : Double.NaN;
        return result.withCpu(receiver.cpuTime().minus(cpuBefore), busy);
    }
}
