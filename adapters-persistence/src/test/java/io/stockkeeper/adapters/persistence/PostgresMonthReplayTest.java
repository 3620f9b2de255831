package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.testing.MonthReplayContract;
import io.stockkeeper.application.testing.PortsUnderTest;
import org.junit.jupiter.api.AfterEach;

/** The month replay on a real database, with fewer items than in memory to keep the build short. */
class PostgresMonthReplayTest extends MonthReplayContract {

    private DatabaseFixture fixture;

    @Override
    protected PortsUnderTest freshPorts() {
        fixture = DatabaseFixture.open(DatabaseFixture.Kind.POSTGRES);
        return fixture.ports();
    }

    @Override
    protected int items() {
        return 40;
    }

    @AfterEach
    void closeDatabase() throws Exception {
        fixture.close();
    }
}
