package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.Mode;
import java.time.Instant;
import java.util.Objects;

/**
 * The reorder list of a mode as of {@code asOf}: demand from the full days before it, quantity at it.
 * With {@code includeAll}, every active item is listed with its plan (the replenishment report).
 */
public record ReorderListQuery(Mode mode, Instant asOf, boolean includeAll, int limit) {

    public static final int MAX_LIMIT = 5000;

    public ReorderListQuery {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(asOf, "asOf");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }
}
