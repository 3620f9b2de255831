package io.stockkeeper.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares an item's new state with what was last announced and names the crossings, each once:
 * gap detected; backorders switched on or off; out of stock, back in stock, became low, or another
 * status change; reorder needed. Paused and discontinued items raise no stock-out and no reorder alert:
 * their going out of stock is a plain status change, so channels still learn it. A first sighting announces nothing but a reorder need.
 */
public final class StockTransitions {

    private StockTransitions() {
    }

    /** The signals to store next and the events to publish. */
    public record Result(StockSignals signals, List<DomainEvent> events) {
        public Result {
            events = List.copyOf(events);
        }
    }

    /**
     * @param previous what was last announced; null for an item never evaluated
     * @param backordersBefore the backorder flag before the change; null for a new item
     * @param gap whether the change revealed a missed change
     */
    public static Result evaluate(StockSignals previous, Boolean backordersBefore, InventoryItem item,
            EffectivePolicy policy, ReplenishmentPlan plan, boolean gap, String eventId, Instant at) {
        StockLevel level = item.stockLevel(policy.availability());
        StockSignals next = new StockSignals(level.status(), plan.reorderNeeded());
        List<DomainEventKind> kinds = new ArrayList<>();
        if (gap) {
            kinds.add(DomainEventKind.GAP_DETECTED);
        }
        if (backordersBefore != null && backordersBefore != item.allowBackOrder()) {
            kinds.add(item.allowBackOrder() ? DomainEventKind.BACKORDERS_ENABLED : DomainEventKind.BACKORDERS_DISABLED);
        }
        if (previous != null && previous.status() != level.status()) {
            DomainEventKind statusKind = statusChange(previous.status(), level.status());
            boolean silenced = statusKind == DomainEventKind.WENT_OUT_OF_STOCK && !policy.lifecycle().raisesAlerts();
            kinds.add(silenced ? DomainEventKind.STATUS_CHANGED : statusKind);
        }
        if (next.reorderNeeded() && (previous == null || !previous.reorderNeeded())) {
            kinds.add(DomainEventKind.REORDER_NEEDED);
        }
        Long sellable = level.sellableQuantity().isPresent() ? level.sellableQuantity().getAsLong() : null;
        List<DomainEvent> events = new ArrayList<>(kinds.size());
        for (DomainEventKind kind : kinds) {
            events.add(new DomainEvent(item.key(), kind, level.status(), sellable, item.quantity(), eventId, at));
        }
        return new Result(next, events);
    }

    static DomainEventKind statusChange(Availability from, Availability to) {
        boolean sellableFrom = from != Availability.OUT_OF_STOCK;
        boolean onHandFrom = from == Availability.IN_STOCK || from == Availability.LOW_STOCK;
        boolean onHandTo = to == Availability.IN_STOCK || to == Availability.LOW_STOCK;
        if (to == Availability.OUT_OF_STOCK && sellableFrom) {
            return DomainEventKind.WENT_OUT_OF_STOCK;
        }
        if (onHandTo && !onHandFrom) {
            return DomainEventKind.BACK_IN_STOCK;
        }
        if (from == Availability.IN_STOCK && to == Availability.LOW_STOCK) {
            return DomainEventKind.BECAME_LOW;
        }
        return DomainEventKind.STATUS_CHANGED;
    }
}
