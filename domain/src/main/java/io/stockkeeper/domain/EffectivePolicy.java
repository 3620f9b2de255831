package io.stockkeeper.domain;

import java.util.Objects;

/** The policy an item follows right now: its own overrides laid over the merchant-wide defaults. */
public record EffectivePolicy(
        Lifecycle lifecycle, AvailabilityPolicy availability, ReplenishmentPolicy replenishment, int demandWindowDays,
        long resetMinimumDrop) {

    public EffectivePolicy {
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(availability, "availability");
        Objects.requireNonNull(replenishment, "replenishment");
    }
}
