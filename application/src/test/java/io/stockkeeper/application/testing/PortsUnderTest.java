package io.stockkeeper.application.testing;

import io.stockkeeper.application.port.out.ChangeFeed;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ItemPlanRepository;
import io.stockkeeper.application.port.out.ReceivedEventLog;
import io.stockkeeper.application.port.out.StockLedger;
import io.stockkeeper.application.port.out.TransactionRunner;
import io.stockkeeper.application.service.ChangesSignal;
import io.stockkeeper.application.service.StockPorts;
import io.stockkeeper.domain.PolicyDefaults;

/** One implementation of the outbound ports, on a fresh, empty store. */
public record PortsUnderTest(
        InventoryItemRepository items,
        ReceivedEventLog events,
        TransactionRunner transactions,
        StockLedger ledger,
        ItemPlanRepository plans,
        ChangeFeed feed) {

    public static PortsUnderTest inMemory() {
        InMemoryStore store = new InMemoryStore();
        return new PortsUnderTest(new InMemoryInventoryItemRepository(store), new InMemoryReceivedEventLog(store),
                new InMemoryTransactionRunner(store), new InMemoryStockLedger(store),
                new InMemoryItemPlanRepository(store), new InMemoryChangeFeed(store));
    }

    /** The stock ports with the standard defaults and a fresh signal. */
    public StockPorts stock() {
        return stock(PolicyDefaults.standard());
    }

    public StockPorts stock(PolicyDefaults defaults) {
        return new StockPorts(plans, ledger, feed, defaults, new ChangesSignal());
    }
}
