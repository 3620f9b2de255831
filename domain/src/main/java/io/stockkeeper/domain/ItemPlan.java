package io.stockkeeper.domain;

import java.util.Objects;

/**
 * Everything kept about an item beyond its reported snapshot: the merchant's policy, what was last
 * announced ({@code signals}, null before the first evaluation) and the day's demand estimate (null
 * until computed, or after a correction changed the history).
 */
public record ItemPlan(ItemKey key, ItemPolicy policy, StockSignals signals, DemandSnapshot demand) {

    public ItemPlan {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(policy, "policy");
    }

    public static ItemPlan fresh(ItemKey key) {
        return new ItemPlan(key, ItemPolicy.inheritAll(), null, null);
    }

    public ItemPlan withPolicy(ItemPolicy newPolicy) {
        return new ItemPlan(key, newPolicy, signals, demand);
    }

    public ItemPlan withSignals(StockSignals newSignals) {
        return new ItemPlan(key, policy, newSignals, demand);
    }

    public ItemPlan withDemand(DemandSnapshot newDemand) {
        return new ItemPlan(key, policy, signals, newDemand);
    }
}
