package io.stockkeeper.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of an item's append-only ledger. {@code sequence} orders the ledger (0 until stored);
 * {@code eventId} is null for a merchant's policy change; {@code correction} marks a line that does
 * not reflect real demand (excluded from demand estimates).
 */
public record Movement(
        ItemKey key, long sequence, MovementKind kind, long delta, long quantityAfter, String eventId,
        Instant sourceTime, boolean correction) {

    public Movement {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceTime, "sourceTime");
    }

    public static Movement of(ItemKey key, MovementKind kind, long from, long to, String eventId, Instant at) {
        return new Movement(key, 0, kind, to - from, to, eventId, at, false);
    }

    public long quantityBefore() {
        return quantityAfter - delta;
    }

    /** Units sold by this line: what a decrease took away, 0 for anything else or for a correction. */
    public long demandUnits() {
        return kind == MovementKind.DECREASE && !correction ? -delta : 0;
    }

    public Movement withSequence(long newSequence) {
        return new Movement(key, newSequence, kind, delta, quantityAfter, eventId, sourceTime, correction);
    }

    public Movement withCorrection(boolean newCorrection) {
        return new Movement(key, sequence, kind, delta, quantityAfter, eventId, sourceTime, newCorrection);
    }
}
