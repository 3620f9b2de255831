package io.stockkeeper.domain;

/** What a sales channel may show for an item. */
public enum Availability {
    IN_STOCK,
    LOW_STOCK,
    OUT_OF_STOCK,
    BACKORDER
}
