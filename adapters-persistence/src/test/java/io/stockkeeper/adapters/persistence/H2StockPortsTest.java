package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.testing.PortsUnderTest;
import io.stockkeeper.application.testing.StockPortsContract;
import org.junit.jupiter.api.AfterEach;

class H2StockPortsTest extends StockPortsContract {

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
