package io.stockkeeper.domain;

import java.util.Objects;
import java.util.Optional;

/** What applying one update did to an item. */
public final class ApplyResult {

    private final InventoryItem before;
    private final InventoryItem after;
    private final boolean applied;
    private final Gap gap;

    private ApplyResult(InventoryItem before, InventoryItem after, boolean applied, Gap gap) {
        this.before = before;
        this.after = Objects.requireNonNull(after, "after");
        this.applied = applied;
        this.gap = gap;
    }

    static ApplyResult stale(InventoryItem unchanged) {
        return new ApplyResult(unchanged, unchanged, false, null);
    }

    static ApplyResult applied(InventoryItem before, InventoryItem after, Gap gap) {
        return new ApplyResult(before, after, true, gap);
    }

    /** False when the update was older than the item's last applied change and so changed nothing. */
    public boolean applied() {
        return applied;
    }

    public boolean stale() {
        return !applied;
    }

    public InventoryItem before() {
        return before;
    }

    /** The item as it is after the update; the same item when stale. */
    public InventoryItem item() {
        return after;
    }

    public Optional<Gap> gap() {
        return Optional.ofNullable(gap);
    }
}
