package io.stockkeeper.bootstrap.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service running as a child JVM, as an operator runs it: its output goes to a log file, and the
 * address it listens on is read from its "listening on http://HOST:PORT" line. {@link #kill()} is a
 * {@code kill -9}; {@link #close()} asks it to stop as a service manager would.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://([^:\\s]+):(\\d+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final Path log;
    private final int port;

    private ServiceProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Runs {@code java -jar <jar>} in {@code directory} with the given settings, and waits until it listens.
     * The child sees no {@code STOCKKEEPER_*} variable of this process, only those given.
     */
    public static ServiceProcess startJar(Path jar, Path directory, Map<String, String> environment, Path log,
            String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(List.of(jvmOptions));
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        return start(command, directory, environment, log);
    }

    /** Runs {@code java -cp <classpath> <mainClass>}, and waits until it listens. */
    public static ServiceProcess startMain(String classpath, String mainClass, Map<String, String> environment,
            Path log, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(List.of(jvmOptions));
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        return start(command, log.toAbsolutePath().getParent(), environment, log);
    }

    public static ServiceProcess start(List<String> command, Path directory, Map<String, String> environment,
            Path log) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("STOCKKEEPER_"));
        builder.environment().putAll(environment);
        long logStart = size(log);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command, e);
        }
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher listening = LISTENING.matcher(read(log, logStart));
            if (listening.find()) {
                return new ServiceProcess(process, log, Integer.parseInt(listening.group(2)));
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue()
                        + " before listening; its log:\n" + tail(log, logStart));
            }
            sleep(50);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service did not listen within " + START_TIMEOUT + "; its log:\n"
                + tail(log, logStart));
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public long pid() {
        return process.pid();
    }

    /** CPU time the process has used so far, all its threads together. */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** SIGKILL: the process gets no chance to flush, close or finish anything. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** SIGTERM, then SIGKILL if it has not stopped in time. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitFor(Duration.ofSeconds(20))) {
            kill();
        }
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static long size(Path log) {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String read(Path log, long from) {
        try {
            byte[] bytes = Files.exists(log) ? Files.readAllBytes(log) : new byte[0];
            int start = (int) Math.min(from, bytes.length);
            return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String tail(Path log, long from) {
        String text = read(log, from);
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the service to start", e);
        }
    }
}
