package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.Availability;
import io.stockkeeper.domain.Lifecycle;
import io.stockkeeper.domain.Mode;
import java.util.Objects;

/**
 * Items of one mode, filtered by status, fulfiller and lifecycle (null: any), in part-number order,
 * after the part number {@code after} (null: from the start).
 */
public record ListInventoryQuery(
        Mode mode, Availability status, String fulfiller, Lifecycle lifecycle, String after, int limit) {

    public static final int MAX_LIMIT = 500;

    public ListInventoryQuery {
        Objects.requireNonNull(mode, "mode");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }
}
