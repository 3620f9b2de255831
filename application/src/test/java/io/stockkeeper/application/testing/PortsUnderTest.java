package io.stockkeeper.application.testing;

import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ReceivedEventLog;
import io.stockkeeper.application.port.out.TransactionRunner;

/** One implementation of the outbound ports, on a fresh, empty store. */
public record PortsUnderTest(InventoryItemRepository items, ReceivedEventLog events, TransactionRunner transactions) {

    public static PortsUnderTest inMemory() {
        InMemoryStore store = new InMemoryStore();
        return new PortsUnderTest(new InMemoryInventoryItemRepository(store), new InMemoryReceivedEventLog(store),
                new InMemoryTransactionRunner(store));
    }
}
