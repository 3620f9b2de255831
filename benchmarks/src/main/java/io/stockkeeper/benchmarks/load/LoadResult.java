package io.stockkeeper.benchmarks.load;

import java.util.Map;
import java.util.TreeMap;

/** What one timed window measured. Latencies are per request, from the first byte sent to the last read. */
public record LoadResult(int requests, double seconds, double p50Millis, double p99Millis, Map<String, Integer> answers,
        double receiverCpuMicrosPerEvent) {

    public LoadResult {
        answers = new TreeMap<>(answers);
    }

    /** With the CPU time the receiver's own process used during the window, per request. */
    public LoadResult withReceiverCpu(java.time.Duration cpu) {
        return new LoadResult(requests, seconds, p50Millis, p99Millis, answers, cpu.toNanos() / 1e3 / requests);
    }

    public double eventsPerSecond() {
        return requests / seconds;
    }

    /** Answers that were not a 2xx: a receiver that fails under load is not fast, it is broken. */
    public int failures() {
        return answers.entrySet().stream()
                .filter(entry -> !entry.getKey().startsWith("2"))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }
}
