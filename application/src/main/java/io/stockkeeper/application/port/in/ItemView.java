package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.Lifecycle;
import io.stockkeeper.domain.StockLevel;
import java.util.Objects;

/** An item with what its policy makes of it: lifecycle, status and sellable quantity. */
public record ItemView(InventoryItem item, Lifecycle lifecycle, StockLevel level) {

    public ItemView {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(level, "level");
    }
}
