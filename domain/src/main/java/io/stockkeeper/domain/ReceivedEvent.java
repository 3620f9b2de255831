package io.stockkeeper.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A webhook event as received and stored, with what became of it. {@code payload} is the exact body
 * that was signed; {@code mode}, {@code createdTime} and {@code partNumber} are null when the event
 * did not carry them in a usable form.
 */
public record ReceivedEvent(
        String id,
        String type,
        Mode mode,
        Instant createdTime,
        PartNumber partNumber,
        Instant receivedAt,
        EventOutcome outcome,
        String reason,
        String payload) {

    public ReceivedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(payload, "payload");
        if (outcome == EventOutcome.DUPLICATE) {
            throw new IllegalArgumentException("a duplicate is never stored: the first copy is");
        }
    }

    public ReceivedEvent withOutcome(EventOutcome newOutcome, String newReason, PartNumber newPartNumber, Mode newMode) {
        return new ReceivedEvent(id, type, newMode, createdTime, newPartNumber, receivedAt, newOutcome, newReason,
                payload);
    }
}
