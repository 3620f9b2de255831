package io.stockkeeper.application.testing;

import io.stockkeeper.application.port.out.ReceivedEventLog;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.ReceivedEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryReceivedEventLog implements ReceivedEventLog {

    private final InMemoryStore store;

    public InMemoryReceivedEventLog(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<ReceivedEvent> find(String eventId) {
        synchronized (store) {
            return Optional.ofNullable(store.events.get(eventId));
        }
    }

    @Override
    public Map<String, EventOutcome> outcomesOf(Collection<String> eventIds) {
        synchronized (store) {
            Map<String, EventOutcome> outcomes = new HashMap<>();
            for (String id : eventIds) {
                ReceivedEvent event = store.events.get(id);
                if (event != null) {
                    outcomes.put(id, event.outcome());
                }
            }
            return outcomes;
        }
    }

    @Override
    public void append(ReceivedEvent event) {
        synchronized (store) {
            if (store.events.containsKey(event.id())) {
                throw new ConcurrentWriteConflict("event " + event.id() + " is already stored");
            }
            store.put(store.events, event.id(), event);
        }
    }

    @Override
    public void updateOutcome(ReceivedEvent event) {
        synchronized (store) {
            if (!store.events.containsKey(event.id())) {
                throw new IllegalStateException("event " + event.id() + " is not stored");
            }
            store.put(store.events, event.id(), event);
        }
    }

    @Override
    public List<ReceivedEvent> findByOutcome(EventOutcome outcome, int limit) {
        synchronized (store) {
            List<ReceivedEvent> matching = new ArrayList<>();
            for (ReceivedEvent event : store.events.values()) {
                if (event.outcome() == outcome) {
                    matching.add(event);
                }
            }
            matching.sort(Comparator.comparing(ReceivedEvent::receivedAt).thenComparing(ReceivedEvent::id).reversed());
            return matching.subList(0, Math.min(limit, matching.size()));
        }
    }
}
