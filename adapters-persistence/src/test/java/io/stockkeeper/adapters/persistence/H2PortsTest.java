package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.testing.OutboundPortsContract;
import io.stockkeeper.application.testing.PortsUnderTest;
import org.junit.jupiter.api.AfterEach;

class H2PortsTest extends OutboundPortsContract {

    private DatabaseFixture fixture;

    @Override
    protected PortsUnderTest freshPorts() {
        fixture = DatabaseFixture.open(DatabaseFixture.Kind.H2);
        return fixture.ports();
    }

    @AfterEach
    void closeDatabase() throws Exception {
        fixture.close();
    }
}
