package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.testing.InventoryScanContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class H2InventoryScanTest extends InventoryScanContract {

    @RegisterExtension
    final OpenDatabases databases = new OpenDatabases(DatabaseFixture.Kind.H2);

    @Override
    protected ScanUnderTest freshStore() {
        DatabaseFixture fixture = databases.open();
        return new ScanUnderTest(fixture.ports().items(), fixture.ports().transactions(),
                new JdbiInventoryScan(fixture.database().jdbi()));
    }
}
