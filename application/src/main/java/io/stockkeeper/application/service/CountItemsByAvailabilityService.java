package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.AvailabilityCounts;
import io.stockkeeper.application.port.in.CountItemsByAvailabilityUseCase;
import io.stockkeeper.application.port.out.InventoryScan;
import io.stockkeeper.application.port.out.ItemPlanRepository;
import io.stockkeeper.domain.Availability;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPlan;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PolicyDefaults;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Counts by asking each item its status under its policy, so that the count follows the domain exactly. */
public final class CountItemsByAvailabilityService implements CountItemsByAvailabilityUseCase {

    private final InventoryScan scan;
    private final ItemPlanRepository plans;
    private final PolicyDefaults defaults;

    @Inject
    public CountItemsByAvailabilityService(InventoryScan scan, ItemPlanRepository plans, PolicyDefaults defaults) {
        this.scan = scan;
        this.plans = plans;
        this.defaults = defaults;
    }

    @Override
    public AvailabilityCounts count() {
        Map<ItemKey, ItemPlan> allPlans = new HashMap<>();
        for (Mode mode : Mode.values()) {
            allPlans.putAll(plans.findByMode(mode));
        }
        Map<Mode, Map<Availability, Long>> counts = new EnumMap<>(Mode.class);
        scan.forEachItem(item -> counts.computeIfAbsent(item.key().mode(), mode -> new EnumMap<>(Availability.class))
                .merge(ItemViews.of(item, allPlans.get(item.key()), defaults).level().status(), 1L, Long::sum));
        return new AvailabilityCounts(counts);
    }
}
