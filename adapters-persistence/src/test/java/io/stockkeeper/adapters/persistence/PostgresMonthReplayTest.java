package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.testing.MonthReplayContract;
import io.stockkeeper.application.testing.PortsUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The month replay on a real database, with fewer items than in memory to keep the build short. */
class PostgresMonthReplayTest extends MonthReplayContract {

    @RegisterExtension
    final OpenDatabases databases = new OpenDatabases(DatabaseFixture.Kind.POSTGRES);

    @Override
    protected PortsUnderTest freshPorts() {
        return databases.open().ports();
    }

    @Override
    protected int items() {
        return 40;
    }
}
