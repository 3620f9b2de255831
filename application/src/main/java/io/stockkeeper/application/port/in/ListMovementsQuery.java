package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.ItemKey;
import java.util.Objects;

/** An item's ledger lines after sequence {@code afterSequence}, oldest first. */
public record ListMovementsQuery(ItemKey key, long afterSequence, int limit) {

    public static final int MAX_LIMIT = 1000;

    public ListMovementsQuery {
        Objects.requireNonNull(key, "key");
        if (afterSequence < 0) {
            throw new IllegalArgumentException("after must not be negative, was " + afterSequence);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }
}
