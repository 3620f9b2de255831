package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.testing.OutboundPortsContract;
import io.stockkeeper.application.testing.PortsUnderTest;
import org.junit.jupiter.api.AfterEach;

class PostgresPortsTest extends OutboundPortsContract {

    private DatabaseFixture fixture;

    @Override
    protected PortsUnderTest freshPorts() {
        fixture = DatabaseFixture.open(DatabaseFixture.Kind.POSTGRES);
        return fixture.ports();
    }

    @AfterEach
    void closeDatabase() throws Exception {
        fixture.close();
    }
}
