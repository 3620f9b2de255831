package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.EventOutcome;
import java.util.Objects;

public record ListReceivedEventsQuery(EventOutcome outcome, int limit) {

    public static final int MAX_LIMIT = 500;

    public ListReceivedEventsQuery {
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == EventOutcome.DUPLICATE) {
            throw new IllegalArgumentException("duplicates are not stored; list another outcome");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
    }
}
