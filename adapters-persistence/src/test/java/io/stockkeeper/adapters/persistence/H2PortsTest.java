package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.testing.OutboundPortsContract;
import io.stockkeeper.application.testing.PortsUnderTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2PortsTest extends OutboundPortsContract {

    @RegisterExtension
    final OpenDatabases databases = new OpenDatabases(DatabaseFixture.Kind.H2);

    @Override
    protected PortsUnderTest freshPorts() {
        return databases.open().ports();
    }
}
