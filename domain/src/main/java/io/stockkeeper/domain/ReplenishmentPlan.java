package io.stockkeeper.domain;

import java.util.Locale;
import java.util.Objects;

/**
 * What an item needs, from its demand and its replenishment policy (see docs/adr/0102-replenishment.md):
 * <pre>
 *   safety stock   = z(service level) × √(L × σd² + d² × σL²)
 *   reorder point  = ⌈d × L + safety stock⌉
 *   order-up-to    = ⌈d × L + safety stock + d × review period⌉
 *   suggested      = (order-up-to − quantity) rounded up to the pack size, when positive
 *   days of cover  = max(quantity, 0) / d          (null when there is no demand)
 * </pre>
 * An active item at or below its reorder point with a positive suggestion needs reordering; a paused or
 * discontinued item never does.
 */
public record ReplenishmentPlan(
        long quantity,
        DemandEstimate demand,
        double leadTimeDemand,
        double safetyStock,
        long reorderPoint,
        long orderUpTo,
        long suggestedQuantity,
        Double daysOfCover,
        boolean reorderNeeded) {

    /** Floating-point noise below this is not a unit: 12.000000000001 is a reorder point of 12. */
    private static final double EPSILON = 1e-9;

    public ReplenishmentPlan {
        Objects.requireNonNull(demand, "demand");
    }

    public static ReplenishmentPlan of(long quantity, DemandEstimate demand, ReplenishmentPolicy policy,
            Lifecycle lifecycle) {
        double d = demand.meanDaily();
        double sd = demand.stdDevDaily();
        double lead = policy.leadTimeDays();
        double z = NormalDistribution.inverseCdf(policy.serviceLevel());
        double safetyStock = z * Math.sqrt(lead * sd * sd + d * d * policy.leadTimeStdDevDays()
                * policy.leadTimeStdDevDays());
        double leadTimeDemand = d * lead;
        long reorderPoint = ceil(leadTimeDemand + safetyStock);
        long orderUpTo = ceil(leadTimeDemand + safetyStock + d * policy.reviewPeriodDays());
        long shortfall = orderUpTo - quantity;
        long suggested = shortfall <= 0 ? 0 : roundUp(shortfall, policy.packSize());
        Double cover = d > 0 ? Math.max(quantity, 0) / d : null;
        boolean needed = lifecycle.raisesAlerts() && quantity <= reorderPoint && suggested > 0;
        return new ReplenishmentPlan(quantity, demand, leadTimeDemand, safetyStock, reorderPoint, orderUpTo, suggested,
                cover, needed);
    }

    /** Why the item is (or is not) on the reorder list, for a person. */
    public String reason() {
        String cover = daysOfCover == null ? "no recent demand" : String.format(Locale.ROOT, "%.1f days of cover",
                daysOfCover);
        return String.format(Locale.ROOT, "quantity %d is %s reorder point %d (lead-time demand %.1f + safety stock"
                        + " %.1f, demand %.2f/day over %d days); %s; order %d to reach %d",
                quantity, quantity <= reorderPoint ? "at or below" : "above", reorderPoint, leadTimeDemand,
                safetyStock, demand.meanDaily(), demand.countedDays(), cover, suggestedQuantity, orderUpTo);
    }

    private static long ceil(double value) {
        return (long) Math.ceil(value - EPSILON);
    }

    private static long roundUp(long units, long pack) {
        return Math.multiplyExact(Math.floorDiv(units + pack - 1, pack), pack);
    }
}
