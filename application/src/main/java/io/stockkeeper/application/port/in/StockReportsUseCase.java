package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.StockOutPeriod;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** Reports read from an item's ledger. */
public interface StockReportsUseCase {

    /** @throws ItemNotFoundException when there is no such item */
    List<StockOutPeriod> stockOutPeriods(ItemKey key);

    /**
     * The quantity after every change with a source time up to {@code at}; empty before the first.
     * @throws ItemNotFoundException when there is no such item
     */
    OptionalLong quantityAt(ItemKey key, Instant at);
}
