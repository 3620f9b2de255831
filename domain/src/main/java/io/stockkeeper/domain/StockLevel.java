package io.stockkeeper.domain;

import java.util.Objects;
import java.util.OptionalLong;

/** What a sales channel may show and sell: a status and how many units may still be sold (empty: no limit). */
public record StockLevel(Availability status, OptionalLong sellableQuantity) {

    public StockLevel {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sellableQuantity, "sellableQuantity");
    }
}
