package io.stockkeeper.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A kind of store the benchmark runs on, handing out fresh, empty databases: H2 files in the work
 * folder, or new PostgreSQL databases (dropped at the end).
 */
abstract class Store implements AutoCloseable {

    /** Where one receiver keeps its data. */
    record Target(String url, String user, String password) {
    }

    abstract String name();

    abstract Target fresh(String label);

    /**
     * Adds {@code count} stored events that no item depends on (an event type the service ignores), as
     * the service itself records them. The only place the benchmark touches the service's schema: there
     * is no faster way to a million stored events than SQL.
     */
    abstract void seedIgnoredEvents(Target target, int count) throws SQLException;

    static Store h2(Path folder) {
        return new H2(folder);
    }

    static Store postgres(String adminUrl, String user, String password) {
        return new Postgres(adminUrl, user, password);
    }

    @Override
    public void close() throws SQLException {
    }

    private static final class H2 extends Store {
        private final Path folder;

        H2(Path folder) {
            this.folder = folder;
        }

        @Override
        String name() {
            return "H2";
        }

        @Override
        Target fresh(String label) {
            // The same durability setting as the service's embedded default (docs/adr/0004-h2-durability.md).
            return new Target("jdbc:h2:file:" + folder.resolve(label).toAbsolutePath() + "/store;WRITE_DELAY=0", "sa", "");
        }

        @Override
        void seedIgnoredEvents(Target target, int count) throws SQLException {
            try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password());
                    Statement statement = connection.createStatement()) {
                for (int from = 1; from <= count; from += 100_000) {
                    int to = Math.min(count, from + 99_999);
                    statement.executeUpdate(seedSql("SELECT X AS G FROM SYSTEM_RANGE(" + from + ", " + to + ")"));
                }
            }
        }
    }

    private static final class Postgres extends Store {
        private final String adminUrl;
        private final String user;
        private final String password;
        private final List<String> created = new ArrayList<>();

        Postgres(String adminUrl, String user, String password) {
            this.adminUrl = adminUrl;
            this.user = user;
            this.password = password;
        }

        @Override
        String name() {
            return "PostgreSQL";
        }

        @Override
        Target fresh(String label) {
            String database = ("sk_bench_" + label + "_" + Long.toString(System.nanoTime(), 36)).toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9_]", "_");
            execute("CREATE DATABASE " + database);
            created.add(database);
            return new Target(adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1"), user, password);
        }

        @Override
        void seedIgnoredEvents(Target target, int count) throws SQLException {
            try (Connection connection = DriverManager.getConnection(target.url(), target.user(), target.password());
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate(seedSql("SELECT G FROM generate_series(1, " + count + ") AS S(G)"));
                statement.execute("ANALYZE");
            }
        }

        private void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + adminUrl + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            for (String database : created) {
                execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private static String seedSql(String numbers) {
        return "INSERT INTO received_event (id, type, mode, created_nanos, part_number, received_at, outcome, reason,"
                + " payload) SELECT CONCAT('seed-', G), 'order.accepted', 'test', 1700000000000000000 + G, NULL,"
                + " CURRENT_TIMESTAMP, 'IGNORED', 'event type ''order.accepted'' is not handled',"
                + " CONCAT('{\"id\":\"seed-', G, '\",\"type\":\"order.accepted\",\"data\":{\"object\":{}},"
                + "\"liveMode\":false}') FROM (" + numbers + ") AS N";
    }
}
