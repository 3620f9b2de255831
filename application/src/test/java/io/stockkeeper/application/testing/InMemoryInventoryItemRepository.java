package io.stockkeeper.application.testing;

import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import java.util.Optional;

public final class InMemoryInventoryItemRepository implements InventoryItemRepository {

    private final InMemoryStore store;

    public InMemoryInventoryItemRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<InventoryItem> find(ItemKey key) {
        synchronized (store) {
            return Optional.ofNullable(store.items.get(key));
        }
    }

    @Override
    public Optional<InventoryItem> findForUpdate(ItemKey key) {
        return find(key);
    }

    @Override
    public void save(InventoryItem item) {
        synchronized (store) {
            InventoryItem held = store.items.get(item.key());
            long heldVersion = held == null ? 0 : held.version();
            if (heldVersion != item.version() - 1) {
                throw new IllegalStateException("item " + item.key() + " is at version " + heldVersion
                        + ", cannot store version " + item.version());
            }
            store.items.put(item.key(), item);
        }
    }
}
