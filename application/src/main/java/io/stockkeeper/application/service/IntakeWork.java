package io.stockkeeper.application.service;

import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ItemWrite;
import io.stockkeeper.application.port.out.ReceivedEventLog;
import io.stockkeeper.domain.DomainEvent;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPlan;
import io.stockkeeper.domain.Movement;
import io.stockkeeper.domain.ReceivedEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The working set of one intake transaction: the items and plans it touches, read (and the items locked) in
 * one go, changed in memory event after event, and written in one go by {@link #flush()}, a handful of
 * statements per transaction instead of five or six per event. Reads within the transaction see its own
 * changes; a ledger history read first writes what is pending, so that it sees them too.
 */
final class IntakeWork {

    private final InventoryItemRepository items;
    private final ReceivedEventLog events;
    private final StockPorts stock;

    /** What the store holds for each key read (absent keys map to null), as of the last flush. */
    private final Map<ItemKey, InventoryItem> stored = new HashMap<>();
    private final Map<ItemKey, InventoryItem> changed = new TreeMap<>(ItemWrite.ORDER);
    private final Map<ItemKey, ItemPlan> plans = new HashMap<>();
    private final Map<ItemKey, ItemPlan> changedPlans = new TreeMap<>(ItemWrite.ORDER);
    private final List<Movement> movements = new ArrayList<>();
    private final List<DomainEvent> published = new ArrayList<>();
    private final List<ReceivedEvent> received = new ArrayList<>();

    IntakeWork(InventoryItemRepository items, ReceivedEventLog events, StockPorts stock) {
        this.items = items;
        this.events = events;
        this.stock = stock;
    }

    /** Reads the items (locking those that exist) and plans of these keys, in one go each. */
    void load(Collection<ItemKey> keys) {
        List<ItemKey> missing = keys.stream().filter(key -> !stored.containsKey(key)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<ItemKey, InventoryItem> found = items.findAllForUpdate(missing);
        Map<ItemKey, ItemPlan> foundPlans = stock.plans().findAll(missing);
        for (ItemKey key : missing) {
            stored.put(key, found.get(key));
            plans.put(key, foundPlans.getOrDefault(key, ItemPlan.fresh(key)));
        }
    }

    Optional<InventoryItem> item(ItemKey key) {
        load(List.of(key));
        InventoryItem current = changed.get(key);
        return Optional.ofNullable(current != null ? current : stored.get(key));
    }

    ItemPlan plan(ItemKey key) {
        load(List.of(key));
        return plans.get(key);
    }

    void itemChanged(InventoryItem item, List<Movement> lines) {
        changed.put(item.key(), item);
        movements.addAll(lines);
    }

    void planChanged(ItemPlan plan) {
        plans.put(plan.key(), plan);
        changedPlans.put(plan.key(), plan);
    }

    void publish(List<DomainEvent> events) {
        published.addAll(events);
    }

    void record(ReceivedEvent event) {
        received.add(event);
    }

    /** The item's ledger history, including what this transaction has not written yet. */
    List<Movement> history(ItemKey key, Instant from, Instant to) {
        if (movements.stream().anyMatch(line -> line.key().equals(key))) {
            flush();
        }
        return stock.ledger().history(key, from, to);
    }

    /** Writes everything pending: items first (the other tables refer to them), then lines, plans, feed, events. */
    void flush() {
        if (!changed.isEmpty()) {
            List<ItemWrite> writes = new ArrayList<>(changed.size());
            changed.forEach((key, item) -> writes.add(new ItemWrite(stored.get(key), item)));
            items.saveAll(writes);
            stored.putAll(changed);
            changed.clear();
        }
        if (!movements.isEmpty()) {
            stock.ledger().append(List.copyOf(movements));
            movements.clear();
        }
        if (!changedPlans.isEmpty()) {
            stock.plans().saveAll(List.copyOf(changedPlans.values()));
            changedPlans.clear();
        }
        if (!published.isEmpty()) {
            stock.feed().append(List.copyOf(published));
            published.clear();
        }
        if (!received.isEmpty()) {
            events.appendAll(List.copyOf(received));
            received.clear();
        }
    }
}
