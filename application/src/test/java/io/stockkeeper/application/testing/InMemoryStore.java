package io.stockkeeper.application.testing;

import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ReceivedEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The state behind the in-memory adapters. Units of work run one at a time and see a snapshot taken
 * at their start restored if they fail, as a database transaction would be rolled back.
 */
public final class InMemoryStore {

    final Map<ItemKey, InventoryItem> items = new LinkedHashMap<>();
    final Map<String, ReceivedEvent> events = new LinkedHashMap<>();

    Snapshot snapshot() {
        return new Snapshot(new LinkedHashMap<>(items), new LinkedHashMap<>(events));
    }

    void restore(Snapshot snapshot) {
        items.clear();
        items.putAll(snapshot.items());
        events.clear();
        events.putAll(snapshot.events());
    }

    record Snapshot(Map<ItemKey, InventoryItem> items, Map<String, ReceivedEvent> events) {
    }
}
