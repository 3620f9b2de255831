package io.stockkeeper.application.port.in;

import java.util.Objects;

public record ReplayEventCommand(String eventId) {

    public ReplayEventCommand {
        Objects.requireNonNull(eventId, "eventId");
        if (eventId.isBlank()) {
            throw new IllegalArgumentException("event id must not be blank");
        }
    }
}
