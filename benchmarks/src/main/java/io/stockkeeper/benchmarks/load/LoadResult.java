package io.stockkeeper.benchmarks.load;

import java.util.Map;
import java.util.TreeMap;

/** What one timed window measured. Latencies are per request, from the first byte sent to the last read. */
public record LoadResult(int requests, double seconds, double p50Millis, double p99Millis, Map<String, Integer> answers,
        double receiverCpuMicrosPerEvent, double machineBusyPercent) {

    public LoadResult {
        answers = new TreeMap<>(answers);
    }

    /**
     * With the CPU time the receiver's own process used during the window, per request, and how busy the
     * machine's cores were meanwhile (all processes: receiver, database, load generator; 100 = every core busy).
     */
    public LoadResult withCpu(java.time.Duration receiverCpu, double machineBusyPercent) {
        return new LoadResult(requests, seconds, p50Millis, p99Millis, answers, receiverCpu.toNanos() / 1e3 / requests,
                machineBusyPercent);
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
