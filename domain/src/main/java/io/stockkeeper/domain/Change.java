package io.stockkeeper.domain;

import java.util.Objects;

/** A domain event at its position in the changes feed. Positions only grow and are never reused. */
public record Change(long position, DomainEvent event) {

    public Change {
        Objects.requireNonNull(event, "event");
        if (position < 1) {
            throw new IllegalArgumentException("position must be at least 1, was " + position);
        }
    }
}
