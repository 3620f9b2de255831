package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.port.out.ChangeFeed;
import io.stockkeeper.domain.Availability;
import io.stockkeeper.domain.Change;
import io.stockkeeper.domain.DomainEvent;
import io.stockkeeper.domain.DomainEventKind;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PartNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The changes feed as an outbox. The writing transaction inserts its events without a position, so
 * writers never wait for one another. A reader first gives positions to the entries that have committed
 * since, in one short transaction holding the {@code change_feed_head} row, then reads by position.
 * Positions are therefore handed out only to committed entries, by one sequencing transaction at a time,
 * and become visible strictly in order: a follower that has read position p never later finds a new
 * change at or below p (a plain sequence would not do: concurrent transactions commit its values out of
 * order, and a follower that saw 11 would miss 10).
 */
public final class JdbiChangeFeed implements ChangeFeed {

    private static final Logger LOG = LoggerFactory.getLogger(JdbiChangeFeed.class);
    private static final int SEQUENCE_BATCH = 1000;

    private final Store store;
    private final Jdbi jdbi;

    public JdbiChangeFeed(Jdbi jdbi) {
        this.store = new Store(jdbi);
        this.jdbi = jdbi;
    }

    @Override
    public void append(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        store.useHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO change_feed (mode, part_number, kind, status,"
                    + " sellable_quantity, quantity, event_id, occurred_nanos) VALUES (:mode, :partNumber, :kind,"
                    + " :status, :sellable, :quantity, :eventId, :occurredNanos)");
            for (DomainEvent event : events) {
                batch.bind("mode", event.key().mode().wireName())
                        .bind("partNumber", event.key().partNumber().value())
                        .bind("kind", event.kind().name())
                        .bind("status", event.status().name())
                        .bind("sellable", event.sellableQuantity())
                        .bind("quantity", event.quantity())
                        .bind("eventId", event.eventId())
                        .bind("occurredNanos", Instants.toNanos(event.occurredAt()))
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public List<Change> after(long afterPosition, int limit) {
        sequencePending();
        return store.withHandle(handle -> handle.createQuery("SELECT feed_position, mode, part_number, kind, status,"
                        + " sellable_quantity, quantity, event_id, occurred_nanos FROM change_feed"
                        + " WHERE feed_position > :after ORDER BY feed_position")
                .bind("after", afterPosition)
                .setMaxRows(limit)
                .map((rs, ctx) -> map(rs))
                .list());
    }

    /**
     * Gives the next positions to committed entries that have none, oldest first. Entries of one item are
     * written one transaction after the other (the item's row is locked), so their ids, and therefore their
     * positions, keep their order. A conflict (another reader sequencing) is harmless: it will have done it.
     */
    private void sequencePending() {
        try {
            jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
                while (sequenceBatch(handle) == SEQUENCE_BATCH) {
                    LOG.debug("sequenced a full batch of changes; continuing");
                }
                return null;
            });
        } catch (RuntimeException failure) {
            if (!SqlFailures.isConflict(failure)) {
                throw failure;
            }
            LOG.debug("another reader is sequencing the changes feed", failure);
        }
    }

    private static int sequenceBatch(Handle handle) {
        long last = handle.createQuery("SELECT last_position FROM change_feed_head WHERE id = 1 FOR UPDATE")
                .mapTo(Long.class).one();
        List<Long> pending = handle.createQuery("SELECT id FROM change_feed WHERE feed_position IS NULL ORDER BY id")
                .setMaxRows(SEQUENCE_BATCH)
                .mapTo(Long.class)
                .list();
        if (pending.isEmpty()) {
            return 0;
        }
        PreparedBatch batch = handle.prepareBatch("UPDATE change_feed SET feed_position = :position WHERE id = :id");
        long position = last;
        for (long id : pending) {
            batch.bind("position", ++position).bind("id", id).add();
        }
        batch.execute();
        handle.createUpdate("UPDATE change_feed_head SET last_position = :last WHERE id = 1")
                .bind("last", position)
                .execute();
        return pending.size();
    }

    private static Change map(ResultSet rs) throws SQLException {
        long sellable = rs.getLong("sellable_quantity");
        Long sellableOrUnlimited = rs.wasNull() ? null : sellable;
        DomainEvent event = new DomainEvent(
                new ItemKey(Mode.parse(rs.getString("mode")), new PartNumber(rs.getString("part_number"))),
                DomainEventKind.valueOf(rs.getString("kind")), Availability.valueOf(rs.getString("status")),
                sellableOrUnlimited, rs.getLong("quantity"), rs.getString("event_id"),
                Instants.fromNanos(rs.getLong("occurred_nanos")));
        return new Change(rs.getLong("feed_position"), event);
    }
}
