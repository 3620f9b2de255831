package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.EventOutcome;
import java.util.Objects;

/**
 * What became of a delivery. For a {@link EventOutcome#DUPLICATE}, {@code firstOutcome} tells what the
 * first copy's outcome was; otherwise it equals {@code outcome}.
 */
public record ReceiveResult(String eventId, EventOutcome outcome, String reason, EventOutcome firstOutcome) {

    public ReceiveResult {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(firstOutcome, "firstOutcome");
    }

    public static ReceiveResult of(String eventId, EventOutcome outcome, String reason) {
        return new ReceiveResult(eventId, outcome, reason, outcome);
    }
}
