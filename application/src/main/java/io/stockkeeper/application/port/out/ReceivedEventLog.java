package io.stockkeeper.application.port.out;

import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.ReceivedEvent;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every received event, once per id, with its outcome. The id is unique in the store. */
public interface ReceivedEventLog {

    Optional<ReceivedEvent> find(String eventId);

    /** The outcome of each of these events that is stored; ids not stored are absent from the map. */
    Map<String, EventOutcome> outcomesOf(Collection<String> eventIds);

    /**
     * Appends the event. A second append of the same id, even from another instance, fails; the
     * transaction runner then starts the unit of work again, which then finds the first.
     */
    void append(ReceivedEvent event);

    /** Appends each event, as {@link #append} does. */
    default void appendAll(List<ReceivedEvent> events) {
        events.forEach(this::append);
    }

    /** Records a new outcome for a stored event (after a replay). */
    void updateOutcome(ReceivedEvent event);

    /** Newest first. */
    List<ReceivedEvent> findByOutcome(EventOutcome outcome, int limit);
}
