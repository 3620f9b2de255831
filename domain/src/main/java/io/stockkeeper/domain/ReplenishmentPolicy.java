package io.stockkeeper.domain;

/**
 * How an item is restocked: the supplier's lead time and its variability (days), the service level
 * aimed at (probability of not running out during a lead time, 0.5 to 0.9999), the pack size orders
 * are rounded up to, and how many days of demand an order should cover beyond the reorder point.
 */
public record ReplenishmentPolicy(
        double leadTimeDays, double leadTimeStdDevDays, double serviceLevel, long packSize, double reviewPeriodDays) {

    public static final double MIN_SERVICE_LEVEL = 0.5;
    public static final double MAX_SERVICE_LEVEL = 0.9999;

    public ReplenishmentPolicy {
        requireFinite(leadTimeDays, "lead time");
        requireFinite(leadTimeStdDevDays, "lead time deviation");
        requireFinite(reviewPeriodDays, "review period");
        if (leadTimeDays < 0 || leadTimeDays > 3650) {
            throw new IllegalArgumentException("lead time must be between 0 and 3650 days, was " + leadTimeDays);
        }
        if (leadTimeStdDevDays < 0 || leadTimeStdDevDays > 3650) {
            throw new IllegalArgumentException("lead time deviation must be between 0 and 3650 days, was "
                    + leadTimeStdDevDays);
        }
        if (!(serviceLevel >= MIN_SERVICE_LEVEL && serviceLevel <= MAX_SERVICE_LEVEL)) {
            throw new IllegalArgumentException("service level must be between " + MIN_SERVICE_LEVEL + " and "
                    + MAX_SERVICE_LEVEL + ", was " + serviceLevel);
        }
        if (packSize < 1 || packSize > 1_000_000) {
            throw new IllegalArgumentException("pack size must be between 1 and 1000000, was " + packSize);
        }
        if (reviewPeriodDays < 0 || reviewPeriodDays > 3650) {
            throw new IllegalArgumentException("review period must be between 0 and 3650 days, was " + reviewPeriodDays);
        }
    }

    private static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, was " + value);
        }
    }
}
