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
 * The state behind the in-memory adapters. Units of work run one at a time; every change they make is
 * written through {@link #put} or {@link #add}, which keep an undo log, so a failing unit of work leaves
 * the store as it found it, as a database transaction would be rolled back.
 */
public final class InMemoryStore {

    final Map<ItemKey, InventoryItem> items = new LinkedHashMap<>();
    final Map<String, ReceivedEvent> events = new LinkedHashMap<>();
    final Map<ItemKey, ItemPlan> plans = new LinkedHashMap<>();
    /** Append-only, but for the correction flag, which lives in {@link #corrections}. */
    final List<Movement> ledger = new ArrayList<>();
    final Map<Long, Boolean> corrections = new LinkedHashMap<>();
    final List<Change> feed = new ArrayList<>();
    private final List<Runnable> undo = new ArrayList<>();

    <K, V> void put(Map<K, V> map, K key, V value) {
        boolean had = map.containsKey(key);
        V old = map.put(key, value);
        undo.add(had ? () -> map.put(key, old) : () -> map.remove(key));
    }

    <T> void add(List<T> list, T value) {
        list.add(value);
        undo.add(() -> list.remove(list.size() - 1));
    }

    /** Where the undo log stands now. */
    int mark() {
        return undo.size();
    }

    /** Undoes every change made since {@code mark}, newest first. */
    void rollBackTo(int mark) {
        for (int i = undo.size() - 1; i >= mark; i--) {
            undo.remove(i).run();
        }
    }

    /** Forgets the undo log once the outermost unit of work has committed. */
    void commit() {
        undo.clear();
    }

    /** The ledger line with its current correction flag. */
    Movement line(int index) {
        Movement line = ledger.get(index);
        return line.withCorrection(corrections.getOrDefault(line.sequence(), false));
    }
}
