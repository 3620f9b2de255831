package io.stockkeeper.application.testing;

import io.stockkeeper.application.port.out.InventoryScan;
import io.stockkeeper.domain.InventoryItem;
import java.util.List;
import java.util.function.Consumer;

public final class InMemoryInventoryScan implements InventoryScan {

    private final InMemoryStore store;

    public InMemoryInventoryScan(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void forEachItem(Consumer<InventoryItem> action) {
        List<InventoryItem> items;
        synchronized (store) {
            items = List.copyOf(store.items.values());
        }
        items.forEach(action);
    }
}
