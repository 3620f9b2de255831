package io.stockkeeper.application.port.out;

import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import java.util.Comparator;
import java.util.Objects;

/**
 * An item to store, and what the store held for it when the unit of work read it ({@code before}; null when
 * the item is new). One unit of work may have changed the item several times: only the last state is written.
 */
public record ItemWrite(InventoryItem before, InventoryItem after) {

    /** The one order in which items are locked and written: by mode, then part number. */
    public static final Comparator<ItemKey> ORDER = Comparator
            .comparing((ItemKey key) -> key.mode().wireName())
            .thenComparing(key -> key.partNumber().value());

    public ItemWrite {
        Objects.requireNonNull(after, "after");
        if (before != null && !before.key().equals(after.key())) {
            throw new IllegalArgumentException("before and after are different items");
        }
    }
}
