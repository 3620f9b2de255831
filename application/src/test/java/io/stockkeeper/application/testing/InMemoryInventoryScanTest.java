package io.stockkeeper.application.testing;

class InMemoryInventoryScanTest extends InventoryScanContract {

    @Override
    protected ScanUnderTest freshStore() {
        InMemoryStore store = new InMemoryStore();
        return new ScanUnderTest(new InMemoryInventoryItemRepository(store), new InMemoryTransactionRunner(store),
                new InMemoryInventoryScan(store));
    }
}
