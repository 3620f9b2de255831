package io.stockkeeper.domain;

import java.util.Objects;

/**
 * What was last announced about an item: its status and whether it needed reordering. Stored with the
 * item, so that each crossing is announced once, even when a policy or a new day moved the line.
 */
public record StockSignals(Availability status, boolean reorderNeeded) {

    public StockSignals {
        Objects.requireNonNull(status, "status");
    }
}
