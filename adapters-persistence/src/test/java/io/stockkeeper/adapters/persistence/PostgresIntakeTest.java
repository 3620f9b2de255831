package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.testing.IntakeContract;
import io.stockkeeper.application.testing.PortsUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresIntakeTest extends IntakeContract {

    @RegisterExtension
    final OpenDatabases databases = new OpenDatabases(DatabaseFixture.Kind.POSTGRES);

    @Override
    protected PortsUnderTest freshPorts() {
        return databases.open().ports();
    }
}
