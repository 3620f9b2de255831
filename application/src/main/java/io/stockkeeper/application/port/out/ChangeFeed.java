package io.stockkeeper.application.port.out;

import io.stockkeeper.domain.Change;
import io.stockkeeper.domain.DomainEvent;
import java.util.List;

/**
 * The ordered feed of domain events. A reader that has seen position p never later finds a new change
 * at or below p: positions become visible in order, even with concurrent writers.
 */
public interface ChangeFeed {

    /** Appends the events at the next positions, inside the caller's unit of work. */
    void append(List<DomainEvent> events);

    /** Changes with a position above {@code afterPosition}, in order, at most {@code limit}. */
    List<Change> after(long afterPosition, int limit);
}
