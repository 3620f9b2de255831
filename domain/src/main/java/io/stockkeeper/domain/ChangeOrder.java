package io.stockkeeper.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where a change stands among the changes of one item. Digital River delivers out of order, so the
 * newest change wins by the source timestamp, then the event's creation time, then its id.
 */
public record ChangeOrder(Instant sourceTimestamp, Instant createdTime, String eventId)
        implements Comparable<ChangeOrder> {

    private static final Comparator<ChangeOrder> ORDER = Comparator
            .comparing(ChangeOrder::sourceTimestamp)
            .thenComparing(ChangeOrder::createdTime)
            .thenComparing(ChangeOrder::eventId);

    public ChangeOrder {
        Objects.requireNonNull(sourceTimestamp, "sourceTimestamp");
        Objects.requireNonNull(createdTime, "createdTime");
        Objects.requireNonNull(eventId, "eventId");
    }

    public boolean isNewerThan(ChangeOrder other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(ChangeOrder other) {
        return ORDER.compare(this, other);
    }
}
