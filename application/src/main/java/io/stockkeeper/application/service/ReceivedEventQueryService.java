package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.GetReceivedEventUseCase;
import io.stockkeeper.application.port.in.ListReceivedEventsQuery;
import io.stockkeeper.application.port.in.ListReceivedEventsUseCase;
import io.stockkeeper.application.port.out.ReceivedEventLog;
import io.stockkeeper.domain.ReceivedEvent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Read side of the event log: one event by id, or events by outcome. */
public final class ReceivedEventQueryService implements GetReceivedEventUseCase, ListReceivedEventsUseCase {

    private final ReceivedEventLog events;

    @Inject
    public ReceivedEventQueryService(ReceivedEventLog events) {
        this.events = events;
    }

    @Override
    public Optional<ReceivedEvent> get(String eventId) {
        return events.find(eventId);
    }

    @Override
    public List<ReceivedEvent> list(ListReceivedEventsQuery query) {
        return events.findByOutcome(query.outcome(), query.limit());
    }
}
