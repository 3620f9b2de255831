package io.stockkeeper.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** One pooled DataSource, its migrations and its Jdbi. Close it to release the pool. */
public final class Database implements AutoCloseable {

    private final DatabaseSettings settings;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(DatabaseSettings settings, HikariDataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    /** Opens the pool lazily: the first connection is made by {@link #migrate()} or the first query. */
    public static Database open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("stockkeeper");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(settings.connectionTimeout().toMillis(), 1000));
        config.setInitializationFailTimeout(-1);
        config.setAutoCommit(true);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        if (settings.isPostgres()) {
            // Plan each execution for the values and table sizes of the moment. A pooled connection keeps its prepared
            // statements for its whole life, and PostgreSQL would otherwise settle on one generic plan after five
            // runs: planned while a table was still empty, a lookup by primary key stays a sequential scan until
            // the next ANALYZE, and a new database scans its whole event log for every batch (ADR 0104).
            config.setConnectionInitSql("SET plan_cache_mode = force_custom_plan");
        }
        return new Database(settings, new HikariDataSource(config));
    }

    /** Brings the schema up to date. Safe to run from several instances at once. */
    public int migrate() {
        return flyway().migrate().migrationsExecuted;
    }

    /** How many migrations this build has that the database has not run yet. */
    public int pendingMigrations() {
        return flyway().info().pending().length;
    }

    private Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load();
    }

    /**
     * Publishes the pool's metrics (connections active, idle, pending, acquire time...) to a Micrometer
     * {@code MeterRegistry}. Taken as Object so that persistence itself needs no metrics library:
     * HikariCP recognises the registry's type.
     */
    public void publishPoolMetrics(Object meterRegistry) {
        dataSource.setMetricRegistry(meterRegistry);
    }

    /** True when a connection can be had and answers a validity check. */
    public boolean isReachable() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(1);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
