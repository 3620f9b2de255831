package io.stockkeeper.application.testing;

import io.stockkeeper.domain.Change;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPlan;
import io.stockkeeper.domain.Movement;
import io.stockkeeper.domain.ReceivedEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state behind the in-memory adapters. Units of work run one at a time and see a snapshot taken
 * at their start restored if they fail, as a database transaction would be rolled back.
 */
public final class InMemoryStore {

    final Map<ItemKey, InventoryItem> items = new LinkedHashMap<>();
    final Map<String, ReceivedEvent> events = new LinkedHashMap<>();
    final Map<ItemKey, ItemPlan> plans = new LinkedHashMap<>();
    final List<Movement> ledger = new ArrayList<>();
    final List<Change> feed = new ArrayList<>();

    Snapshot snapshot() {
        return new Snapshot(new LinkedHashMap<>(items), new LinkedHashMap<>(events), new LinkedHashMap<>(plans),
                new ArrayList<>(ledger), new ArrayList<>(feed));
    }

    void restore(Snapshot snapshot) {
        items.clear();
        items.putAll(snapshot.items());
        events.clear();
        events.putAll(snapshot.events());
        plans.clear();
        plans.putAll(snapshot.plans());
        ledger.clear();
        ledger.addAll(snapshot.ledger());
        feed.clear();
        feed.addAll(snapshot.feed());
    }

    record Snapshot(Map<ItemKey, InventoryItem> items, Map<String, ReceivedEvent> events, Map<ItemKey, ItemPlan> plans,
            List<Movement> ledger, List<Change> feed) {
    }
}
