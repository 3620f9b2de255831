package io.stockkeeper.benchmarks;

import io.stockkeeper.bootstrap.Config;
import io.stockkeeper.bootstrap.process.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts the receivers under test as child JVMs with the same options, and runs the service's commands. */
final class Receivers {

    static final String SECRET = "whsec_benchmark";
    static final String WEBHOOK_PATH = "/webhooks/digital-river";

    private final Path jar;
    private final Path work;
    private final String[] jvmOptions;
    private final Integer poolSize;
    private final Map<String, String> serviceSettings;

    /** {@code poolSize} null: each receiver's default (both 10); {@code serviceSettings}: more for the service. */
    Receivers(Path jar, Path work, List<String> jvmOptions, Integer poolSize, Map<String, String> serviceSettings) {
        this.jar = jar;
        this.work = work;
        this.jvmOptions = jvmOptions.toArray(String[]::new);
        this.poolSize = poolSize;
        this.serviceSettings = Map.copyOf(serviceSettings);
    }

    /** The packaged service, exactly as deployed: {@code java -jar stockkeeper.jar}. */
    ServiceProcess full(Store.Target target, String label) {
        return full(target, label, Map.of());
    }

    /** The packaged service with these settings on top of the benchmark's own. */
    ServiceProcess full(Store.Target target, String label, Map<String, String> settings) {
        Map<String, String> environment = serviceEnvironment(target);
        environment.putAll(settings);
        return ServiceProcess.startJar(jar, work, environment, work.resolve(label + ".log"), jvmOptions);
    }

    /** The bare receiver, from this benchmark's own jar. */
    ServiceProcess bare(Store.Target target, String label) {
        Map<String, String> environment = new HashMap<>(Map.of("BARE_DB_URL", target.url(), "BARE_DB_USER",
                target.user(), "BARE_DB_PASSWORD", target.password(), "BARE_SECRET", SECRET, "BARE_PORT", "0"));
        if (poolSize != null) {
            environment.put("BARE_POOL_SIZE", poolSize.toString());
        }
        return ServiceProcess.startMain(absoluteClassPath(),
                "io.stockkeeper.benchmarks.bare.BareReceiver", environment, work.resolve(label + ".log"), jvmOptions);
    }

    private static String absoluteClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    /** {@code java -jar stockkeeper.jar migrate} on the target. */
    void migrate(Store.Target target) {
        run(List.of("migrate"), serviceEnvironment(target));
    }

    /** {@code java -jar stockkeeper.jar replay FILE --url URL ...}; answers what it printed. */
    String replay(Path file, String url, int concurrency) {
        return run(List.of("replay", file.toString(), "--url", url, "--secret", SECRET, "--concurrency",
                Integer.toString(concurrency), "--no-progress"), Map.of());
    }

    private Map<String, String> serviceEnvironment(Store.Target target) {
        Map<String, String> environment = new HashMap<>();
        environment.put(Config.PORT, "0");
        environment.put(Config.DB_URL, target.url());
        environment.put(Config.DB_USER, target.user());
        environment.put(Config.DB_PASSWORD, target.password());
        environment.put(Config.WEBHOOK_SECRETS, SECRET);
        if (poolSize != null) {
            environment.put(Config.DB_POOL_SIZE, poolSize.toString());
        }
        environment.putAll(serviceSettings);
        return environment;
    }

    private String run(List<String> arguments, Map<String, String> environment) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions));
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("STOCKKEEPER_"));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", arguments.subList(0, 1)) + " failed: "
                        + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Path write(String name, List<String> lines) {
        try {
            return Files.write(work.resolve(name), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
