package io.stockkeeper.adapters.persistence;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the store is and how to reach it. The embedded default is an H2 file under {@code ./data};
 * a {@code jdbc:postgresql:} URL selects PostgreSQL.
 */
public record DatabaseSettings(String url, String user, String password, int maxPoolSize, Duration connectionTimeout) {

    /**
     * H2 writes each commit to its file at once ({@code WRITE_DELAY=0}): an acknowledged event must
     * survive a kill -9 (see docs/adr/0004-h2-durability.md).
     */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/stockkeeper;WRITE_DELAY=0";

    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "database URL must start with jdbc:h2: or jdbc:postgresql:, was '" + redact(url) + "'");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, was " + maxPoolSize);
        }
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
    }

    public static DatabaseSettings h2(String url) {
        return new DatabaseSettings(url, "sa", "", 10, Duration.ofSeconds(2));
    }

    /**
     * The URL the pool connects with. On H2, settings the service's guarantees depend on are added
     * unless the URL names them: every commit written at once ({@code WRITE_DELAY=0}), and the database
     * closed by the service after in-flight work, not by H2's own shutdown hook while requests still
     * run ({@code DB_CLOSE_ON_EXIT=FALSE}).
     */
    public String jdbcUrl() {
        if (isPostgres()) {
            return url;
        }
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        String effective = url;
        if (!upper.contains(";WRITE_DELAY=")) {
            effective += ";WRITE_DELAY=0";
        }
        if (!upper.contains(";DB_CLOSE_ON_EXIT=")) {
            effective += ";DB_CLOSE_ON_EXIT=FALSE";
        }
        return effective;
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** The URL without anything after '?' or ';' that might carry a password. */
    public String redactedUrl() {
        return redact(url);
    }

    private static String redact(String url) {
        int cut = url.length();
        for (char separator : new char[] {'?', ';'}) {
            int at = url.indexOf(separator);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return url.substring(0, cut);
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + redactedUrl() + ", user=" + user + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
