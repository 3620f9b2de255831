package io.stockkeeper.adapters.http.api;

import io.stockkeeper.domain.ReceivedEvent;
import java.time.Instant;

/** A stored event's outcome and reason; the payload is left out of lists and kept for the single view. */
public record EventResponse(
        String id,
        String type,
        String mode,
        String partNumber,
        Instant createdTime,
        Instant receivedAt,
        String outcome,
        String reason,
        String payload) {

    public static EventResponse from(ReceivedEvent event, boolean withPayload) {
        return new EventResponse(
                event.id(),
                event.type(),
                event.mode() == null ? null : event.mode().wireName(),
                event.partNumber() == null ? null : event.partNumber().value(),
                event.createdTime(),
                event.receivedAt(),
                event.outcome().wireName(),
                event.reason(),
                withPayload ? event.payload() : null);
    }
}
