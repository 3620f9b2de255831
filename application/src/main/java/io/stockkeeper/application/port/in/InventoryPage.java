package io.stockkeeper.application.port.in;

import java.util.List;

/** One page of items; {@code nextAfter} is the part number to continue after, null on the last page. */
public record InventoryPage(List<ItemView> items, String nextAfter) {

    public InventoryPage {
        items = List.copyOf(items);
    }
}
