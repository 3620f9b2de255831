package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.testing.InventoryScanContract;
import org.junit.jupiter.api.AfterEach;

class H2InventoryScanTest extends InventoryScanContract {

    private DatabaseFixture fixture;

    @Override
    protected ScanUnderTest freshStore() {
        fixture = DatabaseFixture.open(DatabaseFixture.Kind.H2);
        return new ScanUnderTest(fixture.ports().items(), fixture.ports().transactions(),
                new JdbiInventoryScan(fixture.database().jdbi()));
    }

    @AfterEach
    void closeDatabase() throws Exception {
        fixture.close();
    }
}
