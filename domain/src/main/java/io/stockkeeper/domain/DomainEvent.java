package io.stockkeeper.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A transition of one item, with the item's state right after it. {@code sellableQuantity} is null when
 * there is no limit; {@code eventId} is null when a merchant's policy change caused it.
 */
public record DomainEvent(
        ItemKey key, DomainEventKind kind, Availability status, Long sellableQuantity, long quantity, String eventId,
        Instant occurredAt) {

    public DomainEvent {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
