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
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ReceivedEvent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stores each event once, with its effect on inventory, in one transaction. The event id is the
 * idempotency key; the event log's unique id makes that hold across restarts and instances.
 *
 * <p>Deliveries that arrive together share one transaction (and so one disk flush), up to
 * {@link IntakeSettings#maxBatch()}; each is answered only after that transaction committed, and one that
 * fails is run again on its own so that it cannot fail the others (ADR 0104).
 */
public final class ReceiveInventoryEventService implements ReceiveInventoryEventUseCase {

    private final EventDecoder decoder;
    private final ReceivedEventLog events;
    private final TransactionRunner transactions;
    private final Clock clock;
    private final InventoryEventProcessor processor;
    private final ChangesSignal signal;
    private final IntakeObserver observer;
    /** Null when each delivery has a transaction of its own, run on the caller's thread. */
    private final GroupCommit<Delivery, Handled> commits;

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
        this.commits = settings.maxBatch() == 1 ? null
                : new GroupCommit<>(settings.maxBatch(), settings.writers(), this::handleTogether);
    }

    @Override
    public ReceiveResult receive(ReceiveEventCommand command) {
        long started = System.nanoTime();
        Delivery delivery = new Delivery(decoder.decode(command.payload()), command.payload());
        Handled handled = commits == null ? handleTogether(List.of(delivery)).get(0) : commits.submit(delivery);
        if (handled.published()) {
            signal.changed();
        }
        observe(delivery.event(), handled, started);
        return handled.result();
    }

    /** How many deliveries wait for a writer now, queued behind the transactions that are running. */
    public int waiting() {
        return commits == null ? 0 : commits.waiting();
    }

    /** A decoded delivery and its exact body. */
    private record Delivery(DecodedEvent event, String payload) {
    }

    /**
     * Stores the deliveries and their effects in one transaction, in their order of arrival. The items they touch
     * are read and locked in one statement, in one order (ItemWrite.ORDER), so two such transactions, here or on
     * another instance, never wait on each other in a cycle; everything is written in one go at the end.
     */
    private List<Handled> handleTogether(List<Delivery> batch) {
        AtomicBoolean rerun = new AtomicBoolean();
        List<ItemKey> keys = batch.stream().map(delivery -> processor.touches(delivery.event()))
                .flatMap(Optional::stream).distinct().toList();
        return transactions.inTransaction(() -> {
            // Most deliveries are new, so a lone delivery's first run does not look its id up: the log's unique id
            // refuses a repeat when written, the transaction runner runs the work again, and that run finds the
            // first. A batch looks all its ids up in one query: one repeat among them would otherwise undo them all.
            boolean lookUp = rerun.getAndSet(true) || batch.size() > 1;
            Map<String, EventOutcome> outcomes = new HashMap<>(lookUp
                    ? events.outcomesOf(batch.stream().map(d -> d.event().id()).distinct().toList())
                    : Map.of());
            IntakeWork work = processor.newWork(events);
            work.load(keys);
            List<Handled> handled = new ArrayList<>(batch.size());
            for (Delivery delivery : batch) {
                DecodedEvent event = delivery.event();
                EventOutcome first = outcomes.get(event.id());
                if (first != null) {
                    handled.add(new Handled(new ReceiveResult(event.id(), EventOutcome.DUPLICATE, "already received",
                            first), false, false, batch.size()));
                    continue;
                }
                InventoryEventProcessor.Decision decision = processor.process(event, work);
                work.record(new ReceivedEvent(event.id(), event.type(), event.mode(), event.createdTime(),
                        event.partNumber(), clock.instant(), decision.outcome(), decision.reason(), delivery.payload()));
                outcomes.put(event.id(), decision.outcome());
                handled.add(new Handled(InventoryEventProcessor.result(event.id(), decision), decision.gap(),
                        decision.published(), batch.size()));
            }
            work.flush();
            return handled;
        });
    }

    /** What the committed unit of work did. */
    private record Handled(ReceiveResult result, boolean gap, boolean published, int transactionSize) {
    }

    /** After the commit, so that a unit of work run again after a conflict is observed once. */
    private void observe(DecodedEvent event, Handled handled, long started) {
        observer.received(new IntakeObservation(event.id(), event.type(), handled.result().outcome(), handled.gap(),
                event.createdTime(), clock.instant(), Duration.ofNanos(System.nanoTime() - started),
                handled.transactionSize()));
    }
}
