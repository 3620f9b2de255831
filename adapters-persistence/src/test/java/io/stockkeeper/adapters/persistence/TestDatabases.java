package io.stockkeeper.adapters.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

/**
 * Real databases for tests: an H2 file in a temporary folder, or a fresh schema in the running
 * PostgreSQL (dropped on close). PostgreSQL is required: when it cannot be reached the test fails
 * with the reason, it is never skipped.
 */
public final class TestDatabases {

    public static final String PG_URL_VARIABLE = "STOCKKEEPER_TEST_PG_URL";
    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    public static final String PG_USER = System.getenv().getOrDefault("STOCKKEEPER_TEST_PG_USER", "postgres");
    public static final String PG_PASSWORD = System.getenv().getOrDefault("STOCKKEEPER_TEST_PG_PASSWORD", "");

    private TestDatabases() {
    }

    public static String postgresBaseUrl() {
        return System.getenv().getOrDefault(PG_URL_VARIABLE, DEFAULT_PG_URL);
    }

    /** A JDBC URL for a new H2 file database inside {@code folder}, with the service's durability setting. */
    public static String h2Url(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath().resolve("stockkeeper") + ";WRITE_DELAY=0";
    }

    public static Database h2(Path folder) {
        Database database = Database.open(new DatabaseSettings(h2Url(folder), "sa", "", 10, Duration.ofSeconds(5)));
        database.migrate();
        return database;
    }

    /** Creates a new, empty schema and answers a URL that makes it the default one. */
    public static PostgresSchema postgresSchema() {
        String schema = "sk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(postgresBaseUrl(), PG_USER, PG_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is required by this test but could not be used at "
                    + postgresBaseUrl() + " (set " + PG_URL_VARIABLE + "): " + e.getMessage(), e);
        }
        String separator = postgresBaseUrl().contains("?") ? "&" : "?";
        return new PostgresSchema(schema, postgresBaseUrl() + separator + "currentSchema=" + schema);
    }

    public static Database postgres(PostgresSchema schema) {
        Database database = Database.open(new DatabaseSettings(schema.url(), PG_USER, PG_PASSWORD, 10,
                Duration.ofSeconds(5)));
        database.migrate();
        return database;
    }

    /** A schema of its own in the shared PostgreSQL; {@link #close()} drops it. */
    public record PostgresSchema(String name, String url) implements AutoCloseable {
        @Override
        public void close() {
            try (Connection connection = DriverManager.getConnection(postgresBaseUrl(), PG_USER, PG_PASSWORD);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("could not drop test schema " + name, e);
            }
        }
    }

    public static Path tempFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
