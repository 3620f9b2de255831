package io.stockkeeper.application.service;

import io.stockkeeper.domain.DemandEstimate;
import io.stockkeeper.domain.DemandSnapshot;
import io.stockkeeper.domain.DomainEvent;
import io.stockkeeper.domain.EffectivePolicy;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPlan;
import io.stockkeeper.domain.Movement;
import io.stockkeeper.domain.ReplenishmentPlan;
import io.stockkeeper.domain.StockTransitions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * After an item changed (a snapshot or a policy), re-evaluates it against its policy and demand: the plan
 * with its new signals, and the crossings to publish. The caller stores them in its unit of work. The day's
 * demand estimate is computed once per item and day from the ledger and cached with the plan, so the hot
 * path reads one small row instead of the item's history.
 */
final class ItemEffects {

    /** An item's ledger lines in a time range, as {@code StockLedger#history} reads them. */
    @FunctionalInterface
    interface History {
        List<Movement> of(ItemKey key, Instant from, Instant to);
    }

    /** The plan as it must now be stored ({@code changed}: it differs from the one given), and what to publish. */
    record Effects(ItemPlan plan, boolean changed, List<DomainEvent> events) {
    }

    private ItemEffects() {
    }

    /**
     * @param backordersBefore the backorder flag before the change; null when the change created the item
     *     (which then has no history to estimate demand from)
     */
    static Effects evaluate(ItemPlan plan, EffectivePolicy policy, Boolean backordersBefore, InventoryItem item,
            boolean gap, String eventId, Instant at, History history) {
        LocalDate day = DemandEstimate.dayOf(at);
        DemandSnapshot demand = backordersBefore == null
                ? new DemandSnapshot(day, policy.demandWindowDays(), DemandEstimate.NONE)
                : demand(item.key(), plan, policy, day, history);
        ReplenishmentPlan replenishment = ReplenishmentPlan.of(item.quantity(), demand.estimate(),
                policy.replenishment(), policy.lifecycle());
        StockTransitions.Result result = StockTransitions.evaluate(plan.signals(), backordersBefore, item, policy,
                replenishment, gap, eventId, at);
        ItemPlan next = plan.withSignals(result.signals()).withDemand(demand);
        return new Effects(next, !next.equals(plan), result.events());
    }

    private static DemandSnapshot demand(ItemKey key, ItemPlan plan, EffectivePolicy policy, LocalDate day,
            History history) {
        int window = policy.demandWindowDays();
        if (plan.demand() != null && plan.demand().isFor(day, window)) {
            return plan.demand();
        }
        Instant from = day.minusDays(window).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        return new DemandSnapshot(day, window, DemandEstimate.over(history.of(key, from, to), day, window));
    }
}
