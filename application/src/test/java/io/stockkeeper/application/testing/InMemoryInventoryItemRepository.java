package io.stockkeeper.application.testing;

import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ItemWrite;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.Mode;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    public Map<ItemKey, InventoryItem> findAllForUpdate(Collection<ItemKey> keys) {
        synchronized (store) {
            Map<ItemKey, InventoryItem> found = new LinkedHashMap<>();
            keys.stream().distinct().sorted(ItemWrite.ORDER).forEach(key -> {
                InventoryItem item = store.items.get(key);
                if (item != null) {
                    found.put(key, item);
                }
            });
            return found;
        }
    }

    @Override
    public void saveAll(List<ItemWrite> writes) {
        synchronized (store) {
            for (ItemWrite write : writes) {
                InventoryItem held = store.items.get(write.after().key());
                long heldVersion = held == null ? 0 : held.version();
                long expected = write.before() == null ? 0 : write.before().version();
                if (heldVersion != expected) {
                    throw new IllegalStateException("item " + write.after().key() + " is at version " + heldVersion
                            + ", not " + expected);
                }
                store.put(store.items, write.after().key(), write.after());
            }
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
