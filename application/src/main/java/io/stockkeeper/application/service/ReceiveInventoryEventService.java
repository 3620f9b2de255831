package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.ReceiveEventCommand;
import io.stockkeeper.application.port.in.ReceiveInventoryEventUseCase;
import io.stockkeeper.application.port.in.ReceiveResult;
import io.stockkeeper.application.port.out.DecodedEvent;
import io.stockkeeper.application.port.out.EventDecoder;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ReceivedEventLog;
import io.stockkeeper.application.port.out.TransactionRunner;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.ReceivedEvent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;

/**
 * Stores each event once, with its effect on inventory, in one transaction. The event id is the
 * idempotency key; the event log's unique id makes that hold across restarts and instances.
 */
public final class ReceiveInventoryEventService implements ReceiveInventoryEventUseCase {

    private final EventDecoder decoder;
    private final ReceivedEventLog events;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final InventoryEventProcessor processor;
    private final ChangesSignal signal;

    @Inject
    public ReceiveInventoryEventService(
            EventDecoder decoder,
            InventoryItemRepository items,
            ReceivedEventLog events,
            TransactionRunner transactions,
            Clock clock,
            IntakeSettings settings,
            StockPorts stock) {
        this.decoder = decoder;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.processor = new InventoryEventProcessor(items, settings, stock);
        this.signal = stock.signal();
    }

    @Override
    public ReceiveResult receive(ReceiveEventCommand command) {
        DecodedEvent event = decoder.decode(command.payload());
        InventoryEventProcessor.Decision decision = transactions.inTransaction(() -> {
            Optional<ReceivedEvent> first = events.find(event.id());
            if (first.isPresent()) {
                return new InventoryEventProcessor.Decision(EventOutcome.DUPLICATE, "already received",
                        first.get().outcome());
            }
            InventoryEventProcessor.Decision made = processor.process(event);
            events.append(new ReceivedEvent(event.id(), event.type(), event.mode(), event.createdTime(),
                    event.partNumber(), clock.instant(), made.outcome(), made.reason(), command.payload()));
            return made;
        });
        if (decision.published()) {
            signal.changed();
        }
        return InventoryEventProcessor.result(event.id(), decision);
    }
}
