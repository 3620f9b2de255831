package io.stockkeeper.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar benchmarks/target/benchmarks.jar}: measures the packaged service against the bare
 * receiver, replay, scale, and the domain, and writes a Markdown report.
 */
@Command(name = "benchmarks", mixinStandardHelpOptions = true,
        description = "Measure the packaged Stockkeeper service against a bare receiver over real HTTP.")
public final class Main implements Callable<Integer> {

    @Option(names = "--jar", defaultValue = "bootstrap/target/stockkeeper.jar",
            description = "The packaged service (default: ${DEFAULT-VALUE}).")
    Path jar;

    @Option(names = "--stores", split = ",", defaultValue = "h2,postgres", description = "h2, postgres or both.")
    List<String> stores;

    @Option(names = "--parts", split = ",", defaultValue = "pipeline,scale,jmh",
            description = "What to run: pipeline (with replay), scale, jmh (default: ${DEFAULT-VALUE}).")
    List<String> parts;

    @Option(names = "--connections", split = ",", defaultValue = "4,32", description = "Concurrent connections.")
    List<Integer> connections;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds of each case; medians are reported.")
    int rounds;

    @Option(names = "--events", defaultValue = "12000", description = "Deliveries per measured window.")
    int events;

    @Option(names = "--warmup", defaultValue = "5000",
            description = "Deliveries per warm-up window; windows are sent until every receiver has settled.")
    int warmup;

    @Option(names = "--items", defaultValue = "1000", description = "Distinct items in the pipeline runs.")
    int items;

    @Option(names = "--replay-events", defaultValue = "10000", description = "Events per replay run.")
    int replayEvents;

    @Option(names = "--scale-events", defaultValue = "8000", description = "Deliveries per scale window.")
    int scaleEvents;

    @Option(names = "--seed", defaultValue = "20261203", description = "Seed of the generated deliveries.")
    long seed;

    @Option(names = "--pg-url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/test",
            description = "A PostgreSQL database to connect to; each receiver gets a new database next to it.")
    String postgresUrl;

    @Option(names = "--pg-user", defaultValue = "postgres")
    String postgresUser;

    @Option(names = "--pg-password", defaultValue = "")
    String postgresPassword;

    @Option(names = "--jvm-options", split = " ", defaultValue = "-Xms256m -Xmx1g",
            description = "Options of every receiver's JVM (default: ${DEFAULT-VALUE}).")
    List<String> jvmOptions;

    @Option(names = "--ungrouped", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also measure the service with one transaction per delivery (STOCKKEEPER_INTAKE_BATCH_MAX=1)"
                    + " side by side; --no-ungrouped leaves it out.")
    boolean ungrouped;

    @Option(names = "--service-setting", paramLabel = "KEY=VALUE",
            description = "A setting of the full service, e.g. STOCKKEEPER_INTAKE_WRITERS=1 (repeatable).")
    java.util.Map<String, String> serviceSettings = new java.util.HashMap<>();

    @Option(names = "--pool-size", description = "Database pool size of both receivers (default: the service's).")
    Integer poolSize;

    @Option(names = "--report", description = "Where the Markdown report goes (default: benchmarks/target/report-<time>.md).")
    Path reportFile;

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintStream progress = System.out;
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no service jar at " + jar.toAbsolutePath()
                    + "; build it first: mvn -B -q -pl benchmarks -am package -DskipTests");
        }
        Path work = Files.createTempDirectory("stockkeeper-benchmarks-");
        Options options =
                new Options(items, connections, rounds, events, warmup, replayEvents, scaleEvents, seed, ungrouped);
        Receivers receivers = new Receivers(jar, work, jvmOptions, poolSize, serviceSettings);
        StringBuilder report = new StringBuilder("# Benchmark run " + Instant.now() + "\n\n")
                .append("Command: `java -jar benchmarks.jar ").append(String.join(" ", arguments())).append("`\n\n")
                .append(Machine.describe(stores.contains("postgres") ? postgresUrl : null, postgresUser,
                        postgresPassword))
                .append("- receivers' JVM options: ").append(String.join(" ", jvmOptions)).append("\n")
                .append("- settings of the full service beyond the benchmark's own: ")
                .append(serviceSettings.isEmpty() ? "none" : serviceSettings).append("\n")
                .append("- database pool size of both receivers: ")
                .append(poolSize == null ? "the service's default (10)" : poolSize).append("\n")
                .append("- work folder (logs, H2 files): ").append(work).append("\n\n");
        progress.print(report);
        StringBuilder pipeline = new StringBuilder();
        StringBuilder scale = new StringBuilder();
        for (String kind : stores) {
            try (Store store = kind.equals("postgres") ? Store.postgres(postgresUrl, postgresUser, postgresPassword)
                    : Store.h2(work)) {
                if (parts.contains("pipeline")) {
                    progress.println("== " + store.name() + ": full service vs bare receiver");
                    pipeline.append(new PipelineRun(receivers, store, options, progress).run()).append('\n');
                }
                if (parts.contains("scale")) {
                    progress.println("== " + store.name() + ": scale");
                    scale.append(new ScaleRun(receivers, store, options, progress).run()).append('\n');
                }
            }
        }
        if (pipeline.length() > 0) {
            report.append("## Full service vs bare receiver\n\n").append(Medians.format("%d items, %d deliveries per"
                    + " window (about 5 %% duplicates, 5 %% older changes arriving late), %d rounds after the"
                    + " warm-up.%n%n", items, events, rounds)).append(pipeline);
        }
        if (scale.length() > 0) {
            report.append("## Growth: items and stored events (full service, 32 connections)\n\n").append(scale);
        }
        if (parts.contains("jmh")) {
            progress.println("== JMH: domain");
            report.append("## Domain (JMH)\n\n").append(DomainBenchmarks.run());
        }
        Path file = reportFile != null ? reportFile
                : Path.of("benchmarks", "target", "report-" + Instant.now().toString().replace(':', '-') + ".md");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, report, StandardCharsets.UTF_8);
        progress.println();
        progress.println(report);
        progress.println("report written to " + file.toAbsolutePath());
        return 0;
    }

    private List<String> arguments() {
        return List.of("--stores", String.join(",", stores), "--parts", String.join(",", parts), "--connections",
                String.join(",", connections.stream().map(String::valueOf).toList()), "--rounds",
                Integer.toString(rounds), "--events", Integer.toString(events), "--items", Integer.toString(items));
    }
}
