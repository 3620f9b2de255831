package io.stockkeeper.application.service;

import io.stockkeeper.application.port.out.ChangeFeed;
import io.stockkeeper.application.port.out.ItemPlanRepository;
import io.stockkeeper.application.port.out.StockLedger;
import io.stockkeeper.domain.PolicyDefaults;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * What intake needs beyond the item and the event log: the item plans, the ledger, the changes feed and
 * the merchant-wide policy defaults, plus the signal that wakes feed readers. Grouped so the intake
 * services keep short constructors.
 */
public record StockPorts(
        ItemPlanRepository plans, StockLedger ledger, ChangeFeed feed, PolicyDefaults defaults, ChangesSignal signal) {

    @Inject
    public StockPorts {
        Objects.requireNonNull(plans, "plans");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(feed, "feed");
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(signal, "signal");
    }
}
