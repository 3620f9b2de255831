package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.ReceivedEvent;
import java.util.Optional;

/** Reads one stored event with its outcome and reason. */
public interface GetReceivedEventUseCase {

    Optional<ReceivedEvent> get(String eventId);
}
