package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.testing.PortsUnderTest;
import io.stockkeeper.application.testing.StockPortsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2StockPortsTest extends StockPortsContract {

    @RegisterExtension
    final OpenDatabases databases = new OpenDatabases(DatabaseFixture.Kind.H2);

    @Override
    protected PortsUnderTest freshPorts() {
        return databases.open().ports();
    }
}
