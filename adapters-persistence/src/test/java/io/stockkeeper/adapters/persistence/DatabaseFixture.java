package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.testing.PortsUnderTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** One real database per test, H2 or PostgreSQL, with the JDBI ports on it. */
final class DatabaseFixture implements AutoCloseable {

    enum Kind { H2, POSTGRES }

    private final Database database;
    private final AutoCloseable cleanup;

    private DatabaseFixture(Database database, AutoCloseable cleanup) {
        this.database = database;
        this.cleanup = cleanup;
    }

    static DatabaseFixture open(Kind kind) {
        if (kind == Kind.H2) {
            return new DatabaseFixture(TestDatabases.h2(TestDatabases.tempFolder("stockkeeper-h2-")), () -> { });
        }
        TestDatabases.PostgresSchema schema = TestDatabases.postgresSchema();
        return new DatabaseFixture(TestDatabases.postgres(schema), schema);
    }

    Database database() {
        return database;
    }

    PortsUnderTest ports() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
        return new PortsUnderTest(new JdbiInventoryItemRepository(database.jdbi(), clock),
                new JdbiReceivedEventLog(database.jdbi()), new JdbiTransactionRunner(database.jdbi()),
                new JdbiStockLedger(database.jdbi()), new JdbiItemPlanRepository(database.jdbi()),
                new JdbiChangeFeed(database.jdbi()));
    }

    @Override
    public void close() throws Exception {
        database.close();
        cleanup.close();
    }
}
