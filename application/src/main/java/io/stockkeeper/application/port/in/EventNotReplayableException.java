package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.EventOutcome;

public class EventNotReplayableException extends RuntimeException {

    public EventNotReplayableException(String eventId, EventOutcome outcome) {
        super("event '" + eventId + "' is " + outcome.wireName() + "; only quarantined events can be replayed");
    }
}
