package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.testing.PortsUnderTest;
import io.stockkeeper.application.testing.StockPortsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresStockPortsTest extends StockPortsContract {

    @RegisterExtension
    final OpenDatabases databases = new OpenDatabases(DatabaseFixture.Kind.POSTGRES);

    @Override
    protected PortsUnderTest freshPorts() {
        return databases.open().ports();
    }
}
