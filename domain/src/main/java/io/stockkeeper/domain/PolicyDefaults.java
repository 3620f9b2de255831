package io.stockkeeper.domain;

import java.util.Objects;

/**
 * The merchant-wide policy every item follows unless it overrides a value. {@code demandWindowDays}
 * is how many full days of history demand is estimated from; {@code resetMinimumDrop} decides when a
 * drop to exactly zero is a reset rather than sales (see {@link MovementKind#RESET_TO_ZERO}).
 */
public record PolicyDefaults(
        AvailabilityPolicy availability, ReplenishmentPolicy replenishment, int demandWindowDays,
        long resetMinimumDrop) {

    public PolicyDefaults {
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(replenishment, "replenishment");
        if (demandWindowDays < 1 || demandWindowDays > 365) {
            throw new IllegalArgumentException("demand window must be between 1 and 365 days, was " + demandWindowDays);
        }
        if (resetMinimumDrop < 1) {
            throw new IllegalArgumentException("reset minimum drop must be at least 1, was " + resetMinimumDrop);
        }
    }

    /** Low stock at 5 or fewer, stop at 0, unlimited backorders; 7 ± 2 days lead time, 95 %, 28-day window. */
    public static PolicyDefaults standard() {
        return new PolicyDefaults(new AvailabilityPolicy(5, 0, BackorderCap.unlimited()),
                new ReplenishmentPolicy(7, 2, 0.95, 1, 14), 28, 10);
    }
}
