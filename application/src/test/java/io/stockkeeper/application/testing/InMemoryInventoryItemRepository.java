package io.stockkeeper.application.testing;

import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.Mode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
            store.put(store.items, item.key(), item);
        }
    }

    @Override
    public Optional<InventoryItem> findByProductId(Mode mode, String productId) {
        synchronized (store) {
            return store.items.values().stream()
                    .filter(item -> item.key().mode() == mode)
                    .filter(item -> item.products().stream().anyMatch(p -> p.productId().equals(productId)))
                    .min(Comparator.comparing(item -> item.key().partNumber().value()));
        }
    }

    @Override
    public List<InventoryItem> list(Mode mode, String fulfiller, String afterPartNumber, int limit) {
        synchronized (store) {
            return store.items.values().stream()
                    .filter(item -> item.key().mode() == mode)
                    .filter(item -> fulfiller == null || Objects.equals(fulfiller, item.fulfiller()))
                    .filter(item -> afterPartNumber == null || item.key().partNumber().value().compareTo(afterPartNumber) > 0)
                    .sorted(Comparator.comparing(item -> item.key().partNumber().value()))
                    .limit(limit)
                    .toList();
        }
    }
}
