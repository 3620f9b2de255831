package io.stockkeeper.bootstrap;

import io.javalin.util.JavalinBindException;
import io.stockkeeper.adapters.http.HttpApi;
import io.stockkeeper.adapters.http.ops.ReadinessCheck;
import io.stockkeeper.adapters.persistence.Database;
import java.util.List;
import java.util.Optional;

/**
 * The start-up steps that fail for reasons an operator must fix, each turned into one clear line: the
 * database cannot be reached, the port is taken. And what readiness checks while running.
 */
final class Startup {

    private Startup() {
    }

    static int migrate(Database database, Config config) {
        try {
            return database.migrate();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot migrate the database at " + config.database().redactedUrl()
                    + ": " + rootCause(e), e);
        }
    }

    static HttpApi listen(HttpApi http, Config config) {
        try {
            return http.start(config.host(), config.port());
        } catch (JavalinBindException e) {
            stopQuietly(http);
            throw new ConfigurationException(List.of(Config.PORT + ": cannot listen on " + config.host() + ":"
                    + config.port() + ", the port is already in use (or not allowed)"));
        }
    }

    /** Releases what a failed start left; Jetty may refuse to stop a server that never started. */
    private static void stopQuietly(HttpApi http) {
        try {
            http.close();
        } catch (RuntimeException ignored) {
            // nothing was listening
        }
    }

    static List<ReadinessCheck> readinessChecks(Database database) {
        return List.of(
                ReadinessCheck.of("database", () -> database.isReachable() ? Optional.empty()
                        : Optional.of("cannot be reached")),
                ReadinessCheck.of("migrations", () -> {
                    int pending = database.pendingMigrations();
                    return pending == 0 ? Optional.empty() : Optional.of(pending + " migration(s) not applied");
                }));
    }

    /** The innermost cause's message, on one line: it names what went wrong (refused, unknown host...). */
    static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getClass().getSimpleName() + ": " + root.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
