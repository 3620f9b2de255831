package io.stockkeeper.application.service;

import io.stockkeeper.application.port.out.ChangeFeed;
import io.stockkeeper.application.port.out.ItemPlanRepository;
import io.stockkeeper.application.port.out.StockLedger;
import io.stockkeeper.domain.DemandEstimate;
import io.stockkeeper.domain.DemandSnapshot;
import io.stockkeeper.domain.EffectivePolicy;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPlan;
import io.stockkeeper.domain.ReplenishmentPlan;
import io.stockkeeper.domain.StockTransitions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * After an item changed (a snapshot or a policy), re-evaluates it against its policy and demand,
 * stores the new signals and publishes the crossings, in the caller's unit of work. The day's demand
 * estimate is computed once per item and day from the ledger and cached with the plan, so the hot path
 * reads one small row instead of the item's history.
 */
final class ItemEffects {

    private final ItemPlanRepository plans;
    private final StockLedger ledger;
    private final ChangeFeed feed;

    ItemEffects(ItemPlanRepository plans, StockLedger ledger, ChangeFeed feed) {
        this.plans = plans;
        this.ledger = ledger;
        this.feed = feed;
    }

    /**
     * @param backordersBefore the backorder flag before the change; null when the change created the item
     *     (which then has no history to estimate demand from)
     * @return whether anything was published to the feed
     */
    boolean record(ItemPlan plan, EffectivePolicy policy, Boolean backordersBefore, InventoryItem item, boolean gap,
            String eventId, Instant at) {
        LocalDate day = DemandEstimate.dayOf(at);
        DemandSnapshot demand = backordersBefore == null
                ? new DemandSnapshot(day, policy.demandWindowDays(), DemandEstimate.NONE)
                : demand(item.key(), plan, policy, day);
        ReplenishmentPlan replenishment = ReplenishmentPlan.of(item.quantity(), demand.estimate(),
                policy.replenishment(), policy.lifecycle());
        StockTransitions.Result result = StockTransitions.evaluate(plan.signals(), backordersBefore, item, policy,
                replenishment, gap, eventId, at);
        ItemPlan next = plan.withSignals(result.signals()).withDemand(demand);
        if (!next.equals(plan)) {
            plans.save(next);
        }
        if (result.events().isEmpty()) {
            return false;
        }
        feed.append(result.events());
        return true;
    }

    DemandSnapshot demand(ItemKey key, ItemPlan plan, EffectivePolicy policy, LocalDate day) {
        int window = policy.demandWindowDays();
        if (plan.demand() != null && plan.demand().isFor(day, window)) {
            return plan.demand();
        }
        Instant from = day.minusDays(window).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        return new DemandSnapshot(day, window, DemandEstimate.over(ledger.history(key, from, to), day, window));
    }
}
