package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.ItemNotFoundException;
import io.stockkeeper.application.port.in.StockReportsUseCase;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.StockLedger;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.StockOutPeriod;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** Stock-out periods and point-in-time quantities, read from the ledger. */
public final class StockReportsService implements StockReportsUseCase {

    /** Source times are kept as epoch nanoseconds, which end in 2262. */
    private static final Instant END_OF_TIME = Instant.parse("2262-01-01T00:00:00Z");

    private final InventoryItemRepository items;
    private final StockLedger ledger;

    @Inject
    public StockReportsService(InventoryItemRepository items, StockLedger ledger) {
        this.items = items;
        this.ledger = ledger;
    }

    @Override
    public List<StockOutPeriod> stockOutPeriods(ItemKey key) {
        requireItem(key);
        return StockOutPeriod.in(ledger.history(key, Instant.EPOCH, END_OF_TIME));
    }

    @Override
    public OptionalLong quantityAt(ItemKey key, Instant at) {
        requireItem(key);
        Instant justAfter = at.plusNanos(1);
        return StockOutPeriod.quantityAt(ledger.history(key, justAfter, justAfter), at);
    }

    private void requireItem(ItemKey key) {
        if (items.find(key).isEmpty()) {
            throw new ItemNotFoundException(key);
        }
    }
}
