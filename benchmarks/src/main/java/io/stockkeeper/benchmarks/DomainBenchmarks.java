package io.stockkeeper.benchmarks;

import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the JMH benchmarks of the domain (package {@code io.stockkeeper.benchmarks.jmh}) and tabulates them. */
final class DomainBenchmarks {

    private DomainBenchmarks() {
    }

    static String run() throws RunnerException {
        Options options = new OptionsBuilder()
                .include("io\\.stockkeeper\\.benchmarks\\.jmh\\..*")
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        StringBuilder table = new StringBuilder("| benchmark | ns/op (mean of 5 × 1 s) | ± (99.9 %) |\n|---|---|---|\n");
        for (RunResult result : results) {
            var primary = result.getPrimaryResult();
            String name = result.getParams().getBenchmark();
            table.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", name.substring(name.lastIndexOf('.',
                    name.lastIndexOf('.') - 1) + 1), primary.getScore(), primary.getScoreError()));
        }
        return table.toString();
    }
}
