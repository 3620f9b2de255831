package io.stockkeeper.application.port.out;

import io.stockkeeper.domain.EventOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One delivery as intake saw it: which event, what became of it, whether it revealed a gap, when the
 * sender created it and when we stored it (their difference is the delivery lag), and how long intake
 * took. {@code createdTime} is null when the event did not carry a usable one. {@code transactionSize}: how
 * many deliveries shared its transaction (1 when it had one of its own; ADR 0104).
 */
public record IntakeObservation(
        String eventId,
        String eventType,
        EventOutcome outcome,
        boolean gapDetected,
        Instant createdTime,
        Instant receivedAt,
        Duration elapsed,
        int transactionSize) {

    public IntakeObservation {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(elapsed, "elapsed");
        if (transactionSize < 1) {
            throw new IllegalArgumentException("a delivery shares its transaction with at least itself");
        }
    }

    /** Time from the sender creating the event to our receiving it; empty without a created time. */
    public Optional<Duration> deliveryLag() {
        return Optional.ofNullable(createdTime).map(created -> Duration.between(created, receivedAt));
    }
}
