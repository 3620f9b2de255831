package io.stockkeeper.benchmarks;

import java.util.List;

/** What one benchmark run measures, as given on the command line. */
record Options(int items, List<Integer> connections, int rounds, int events, int warmup, int replayEvents,
        int scaleEvents, long seed, boolean ungrouped) {
}
