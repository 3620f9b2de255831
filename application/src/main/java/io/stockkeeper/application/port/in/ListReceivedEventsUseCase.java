package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.ReceivedEvent;
import java.util.List;

/** Lists stored events by outcome, newest first. */
public interface ListReceivedEventsUseCase {

    List<ReceivedEvent> list(ListReceivedEventsQuery query);
}
