package io.stockkeeper.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** A description of the machine a run was made on, for the report. */
final class Machine {

    private Machine() {
    }

    static String describe(String postgresUrl, String user, String password) {
        return "- CPU: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores available\n"
                + "- memory: " + memory() + "\n"
                + "- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch") + "\n"
                + "- Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + "\n"
                + "- PostgreSQL: " + postgresVersion(postgresUrl, user, password) + "\n"
                + "- load average at start: " + firstLine(Path.of("/proc/loadavg")) + "\n";
    }

    /**
     * All cores' time since boot and the idle part of it (idle and waiting for I/O), in clock ticks, from the
     * first line of /proc/stat; zeros where there is none.
     */
    static long[] cpuTicks() {
        List<String> lines = read(Path.of("/proc/stat"));
        if (lines.isEmpty() || !lines.get(0).startsWith("cpu ")) {
            return new long[] {0, 0};
        }
        String[] fields = lines.get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < fields.length && i <= 8; i++) {
            total += Long.parseLong(fields[i]);
        }
        return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
    }

    private static String cpuModel() {
        return read(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
    }

    private static String memory() {
        return read(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
    }

    private static String postgresVersion(String url, String user, String password) {
        if (url == null) {
            return "not used";
        }
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement();
                ResultSet version = statement.executeQuery("SELECT version()")) {
            version.next();
            return version.getString(1);
        } catch (SQLException e) {
            return "unreachable (" + e.getMessage() + ")";
        }
    }

    private static String firstLine(Path path) {
        List<String> lines = read(path);
        return lines.isEmpty() ? "unknown" : lines.get(0);
    }

    private static List<String> read(Path path) {
        try {
            return Files.readAllLines(path);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
