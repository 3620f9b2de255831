package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.ItemView;
import io.stockkeeper.domain.EffectivePolicy;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemPlan;
import io.stockkeeper.domain.PolicyDefaults;

/** Computes an item's view from its snapshot and its plan (absent plan: all defaults). */
final class ItemViews {

    private ItemViews() {
    }

    static ItemView of(InventoryItem item, ItemPlan plan, PolicyDefaults defaults) {
        ItemPlan known = plan == null ? ItemPlan.fresh(item.key()) : plan;
        EffectivePolicy policy = known.policy().resolve(defaults);
        return new ItemView(item, policy.lifecycle(), item.stockLevel(policy.availability()));
    }
}
