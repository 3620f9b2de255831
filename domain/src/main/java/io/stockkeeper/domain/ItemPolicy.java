package io.stockkeeper.domain;

import java.util.Objects;

/**
 * What the merchant set for one item: its lifecycle and any values that override the merchant-wide
 * defaults. A null value means "use the default".
 */
public record ItemPolicy(
        Lifecycle lifecycle,
        Long lowStockThreshold,
        Long outOfStockThreshold,
        BackorderCap backorderCap,
        Double leadTimeDays,
        Double leadTimeStdDevDays,
        Double serviceLevel,
        Long packSize,
        Double reviewPeriodDays) {

    public ItemPolicy {
        Objects.requireNonNull(lifecycle, "lifecycle");
    }

    /** Active, with every value taken from the defaults. */
    public static ItemPolicy inheritAll() {
        return new ItemPolicy(Lifecycle.ACTIVE, null, null, null, null, null, null, null, null);
    }

    /**
     * The policy in force: each override, or the default. Fails when the combination is invalid
     * (for example a low-stock threshold below the out-of-stock threshold).
     */
    public EffectivePolicy resolve(PolicyDefaults defaults) {
        AvailabilityPolicy a = defaults.availability();
        ReplenishmentPolicy r = defaults.replenishment();
        AvailabilityPolicy availability = new AvailabilityPolicy(
                or(lowStockThreshold, a.lowStockThreshold()),
                or(outOfStockThreshold, a.outOfStockThreshold()),
                backorderCap == null ? a.backorderCap() : backorderCap);
        ReplenishmentPolicy replenishment = new ReplenishmentPolicy(
                or(leadTimeDays, r.leadTimeDays()),
                or(leadTimeStdDevDays, r.leadTimeStdDevDays()),
                or(serviceLevel, r.serviceLevel()),
                or(packSize, r.packSize()),
                or(reviewPeriodDays, r.reviewPeriodDays()));
        return new EffectivePolicy(lifecycle, availability, replenishment, defaults.demandWindowDays(),
                defaults.resetMinimumDrop());
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
