package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.ReorderLine;
import io.stockkeeper.application.port.in.ReorderListQuery;
import io.stockkeeper.application.port.in.ReorderListUseCase;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ItemPlanRepository;
import io.stockkeeper.application.port.out.StockLedger;
import io.stockkeeper.domain.DemandEstimate;
import io.stockkeeper.domain.EffectivePolicy;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPlan;
import io.stockkeeper.domain.Movement;
import io.stockkeeper.domain.PolicyDefaults;
import io.stockkeeper.domain.ReplenishmentPlan;
import io.stockkeeper.domain.StockOutPeriod;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Computes the reorder list on read, from the ledger: the write path stays lean and the list always
 * reflects the latest corrections and policies. Demand comes from the full UTC days before {@code asOf}
 * (the same estimate the write path uses to announce a reorder need that day).
 */
public final class ReorderListService implements ReorderListUseCase {

    private static final int BATCH = 500;
    private static final Comparator<ReorderLine> MOST_URGENT_FIRST = Comparator
            .comparing((ReorderLine line) -> line.plan().daysOfCover(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(line -> line.plan().quantity() - line.plan().reorderPoint())
            .thenComparing(line -> line.key().partNumber().value());

    private final InventoryItemRepository items;
    private final ItemPlanRepository plans;
    private final StockLedger ledger;
    private final PolicyDefaults defaults;

    @Inject
    public ReorderListService(InventoryItemRepository items, ItemPlanRepository plans, StockLedger ledger,
            PolicyDefaults defaults) {
        this.items = items;
        this.plans = plans;
        this.ledger = ledger;
        this.defaults = defaults;
    }

    @Override
    public List<ReorderLine> reorderList(ReorderListQuery query) {
        LocalDate day = DemandEstimate.dayOf(query.asOf());
        Map<ItemKey, ItemPlan> allPlans = plans.findByMode(query.mode());
        int widestWindow = Math.max(defaults.demandWindowDays(), 1);
        Instant from = day.minusDays(widestWindow).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<ItemKey, List<Movement>> histories = ledger.historyOfMode(query.mode(), from, query.asOf().plusNanos(1));
        List<ReorderLine> lines = new ArrayList<>();
        String after = null;
        List<InventoryItem> batch;
        do {
            batch = items.list(query.mode(), null, after, BATCH);
            for (InventoryItem item : batch) {
                after = item.key().partNumber().value();
                ItemPlan plan = allPlans.getOrDefault(item.key(), ItemPlan.fresh(item.key()));
                EffectivePolicy policy = plan.policy().resolve(defaults);
                List<Movement> history = histories.getOrDefault(item.key(), List.of());
                OptionalLong quantity = StockOutPeriod.quantityAt(history, query.asOf());
                if (quantity.isEmpty()) {
                    continue;
                }
                DemandEstimate demand = DemandEstimate.over(history, day, policy.demandWindowDays());
                ReplenishmentPlan replenishment = ReplenishmentPlan.of(quantity.getAsLong(), demand,
                        policy.replenishment(), policy.lifecycle());
                if (replenishment.reorderNeeded() || query.includeAll()) {
                    lines.add(new ReorderLine(item.key(), item.fulfiller(), replenishment, replenishment.reason()));
                }
            }
        } while (batch.size() == BATCH);
        lines.sort(MOST_URGENT_FIRST);
        return lines.size() > query.limit() ? List.copyOf(lines.subList(0, query.limit())) : lines;
    }
}
