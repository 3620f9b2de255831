package io.stockkeeper.application.port.in;

import java.util.Objects;

/** The exact body of one delivery, as text (JSON is UTF-8). */
public record ReceiveEventCommand(String payload) {

    public ReceiveEventCommand {
        Objects.requireNonNull(payload, "payload");
        if (payload.isBlank()) {
            throw new MalformedEventException("the body is empty");
        }
    }
}
