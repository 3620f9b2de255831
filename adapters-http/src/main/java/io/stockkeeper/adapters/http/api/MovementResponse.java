package io.stockkeeper.adapters.http.api;

import io.stockkeeper.domain.Movement;
import java.time.Instant;

/** One ledger line. */
public record MovementResponse(
        long sequence, String kind, long delta, long quantityAfter, String eventId, Instant sourceTime,
        boolean correction) {

    public static MovementResponse from(Movement movement) {
        return new MovementResponse(movement.sequence(), movement.kind().wireName(), movement.delta(),
                movement.quantityAfter(), movement.eventId(), movement.sourceTime(), movement.correction());
    }
}
