package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.EventNotFoundException;
import io.stockkeeper.application.port.in.EventNotReplayableException;
import io.stockkeeper.application.port.in.ReceiveResult;
import io.stockkeeper.application.port.in.ReplayEventCommand;
import io.stockkeeper.application.port.in.ReplayEventUseCase;
import io.stockkeeper.application.port.out.DecodedEvent;
import io.stockkeeper.application.port.out.EventDecoder;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ReceivedEventLog;
import io.stockkeeper.application.port.out.TransactionRunner;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.ReceivedEvent;
import jakarta.inject.Inject;

public final class ReplayEventService implements ReplayEventUseCase {

    private final EventDecoder decoder;
    private final ReceivedEventLog events;
    private final TransactionRunner transactions;
    private final InventoryEventProcessor processor;
    private final ChangesSignal signal;

    @Inject
    public ReplayEventService(
            EventDecoder decoder,
            InventoryItemRepository items,
            ReceivedEventLog events,
            TransactionRunner transactions,
            IntakeSettings settings,
            StockPorts stock) {
        this.decoder = decoder;
        this.events = events;
        this.transactions = transactions;
        this.processor = new InventoryEventProcessor(items, settings, stock);
        this.signal = stock.signal();
    }

    @Override
    public ReceiveResult replay(ReplayEventCommand command) {
        InventoryEventProcessor.Decision decision = transactions.inTransaction(() -> {
            ReceivedEvent stored = events.find(command.eventId())
                    .orElseThrow(() -> new EventNotFoundException(command.eventId()));
            if (stored.outcome() != EventOutcome.QUARANTINED) {
                throw new EventNotReplayableException(stored.id(), stored.outcome());
            }
            DecodedEvent event = decoder.decode(stored.payload());
            IntakeWork work = processor.newWork(events);
            InventoryEventProcessor.Decision made = processor.process(event, work);
            work.flush();
            events.updateOutcome(stored.withOutcome(made.outcome(), made.reason(), event.partNumber(),
                    event.mode()));
            return made;
        });
        if (decision.published()) {
            signal.changed();
        }
        return InventoryEventProcessor.result(command.eventId(), decision);
    }
}
