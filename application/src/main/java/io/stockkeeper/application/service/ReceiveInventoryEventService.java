package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.ReceiveEventCommand;
import io.stockkeeper.application.port.in.ReceiveInventoryEventUseCase;
import io.stockkeeper.application.port.in.ReceiveResult;
import io.stockkeeper.application.port.out.DecodedEvent;
import io.stockkeeper.application.port.out.EventDecoder;
import io.stockkeeper.application.port.out.IntakeObservation;
import io.stockkeeper.application.port.out.IntakeObserver;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ReceivedEventLog;
import io.stockkeeper.application.port.out.TransactionRunner;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.ReceivedEvent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

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
    private final IntakeObserver observer;

    public ReceiveInventoryEventService(
            EventDecoder decoder,
            InventoryItemRepository items,
            ReceivedEventLog events,
            TransactionRunner transactions,
            Clock clock,
            IntakeSettings settings,
            StockPorts stock) {
        this(decoder, items, events, transactions, clock, settings, stock, IntakeObserver.NONE);
    }

    @Inject
    public ReceiveInventoryEventService(
            EventDecoder decoder,
            InventoryItemRepository items,
            ReceivedEventLog events,
            TransactionRunner transactions,
            Clock clock,
            IntakeSettings settings,
            StockPorts stock,
            IntakeObserver observer) {
        this.decoder = decoder;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.processor = new InventoryEventProcessor(items, settings, stock);
        this.signal = stock.signal();
        this.observer = observer;
    }

    @Override
    public ReceiveResult receive(ReceiveEventCommand command) {
        long started = System.nanoTime();
        DecodedEvent event = decoder.decode(command.payload());
        AtomicBoolean rerun = new AtomicBoolean();
        Handled handled = transactions.inTransaction(() -> {
            // Most deliveries are new, so the first run does not look the id up: the log's unique id refuses
            // a repeat at append, the transaction runner runs the work again, and that run finds the first.
            // One database round trip less per new event; a repeat costs a rolled-back run.
            if (rerun.getAndSet(true)) {
                Optional<ReceivedEvent> first = events.find(event.id());
                if (first.isPresent()) {
                    return new Handled(new ReceiveResult(event.id(), EventOutcome.DUPLICATE, "already received",
                            first.get().outcome()), false, false);
                }
            }
            InventoryEventProcessor.Decision decision = processor.process(event);
            events.append(new ReceivedEvent(event.id(), event.type(), event.mode(), event.createdTime(),
                    event.partNumber(), clock.instant(), decision.outcome(), decision.reason(), command.payload()));
            return new Handled(InventoryEventProcessor.result(event.id(), decision), decision.gap(),
                    decision.published());
        });
        if (handled.published()) {
            signal.changed();
        }
        observe(event, handled, started);
        return handled.result();
    }

    /** What the committed unit of work did. */
    private record Handled(ReceiveResult result, boolean gap, boolean published) {
    }

    /** After the commit, so that a unit of work run again after a conflict is observed once. */
    private void observe(DecodedEvent event, Handled handled, long started) {
        observer.received(new IntakeObservation(event.id(), event.type(), handled.result().outcome(), handled.gap(),
                event.createdTime(), clock.instant(), Duration.ofNanos(System.nanoTime() - started)));
    }
}
