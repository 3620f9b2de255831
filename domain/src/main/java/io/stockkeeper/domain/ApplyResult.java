package io.stockkeeper.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What applying one update did to an item. */
public final class ApplyResult {

    private final InventoryItem before;
    private final InventoryItem after;
    private final boolean applied;
    private final Gap gap;
    private final List<Movement> movements;

    private ApplyResult(InventoryItem before, InventoryItem after, boolean applied, Gap gap, List<Movement> movements) {
        this.before = before;
        this.after = Objects.requireNonNull(after, "after");
        this.applied = applied;
        this.gap = gap;
        this.movements = List.copyOf(movements);
    }

    static ApplyResult stale(InventoryItem unchanged) {
        return new ApplyResult(unchanged, unchanged, false, null, List.of());
    }

    static ApplyResult applied(InventoryItem before, InventoryItem after, Gap gap, List<Movement> movements) {
        return new ApplyResult(before, after, true, gap, movements);
    }

    /** False when the update was older than the item's last applied change and so changed nothing. */
    public boolean applied() {
        return applied;
    }

    public boolean stale() {
        return !applied;
    }

    /** The item before the update; null when the update created it. */
    public InventoryItem before() {
        return before;
    }

    /** The ledger lines the update appends, oldest first: a gap (if any), then the change itself. Empty when stale. */
    public List<Movement> movements() {
        return movements;
    }

    /** The item as it is after the update; the same item when stale. */
    public InventoryItem item() {
        return after;
    }

    public Optional<Gap> gap() {
        return Optional.ofNullable(gap);
    }
}
