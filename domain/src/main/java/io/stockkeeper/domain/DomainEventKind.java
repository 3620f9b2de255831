package io.stockkeeper.domain;

import java.util.Locale;

/** A state transition of an item that sales channels and people follow through the changes feed. */
public enum DomainEventKind {
    WENT_OUT_OF_STOCK,
    BACK_IN_STOCK,
    BECAME_LOW,
    /** Any other change of status (for example low stock restocked to in stock, or in stock to backorder). */
    STATUS_CHANGED,
    BACKORDERS_ENABLED,
    BACKORDERS_DISABLED,
    REORDER_NEEDED,
    GAP_DETECTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
