package io.stockkeeper.application.port.in;

/** Lists items with filters and cursor pagination; also serves the low-stock, out-of-stock and backorder lists. */
public interface ListInventoryUseCase {

    InventoryPage list(ListInventoryQuery query);
}
