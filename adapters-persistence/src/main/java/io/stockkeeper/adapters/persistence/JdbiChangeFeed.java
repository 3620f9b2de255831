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
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The changes feed. Positions come from the single {@code change_feed_head} row: a writer increments it
 * and holds its row lock until commit, so a later position can never become visible before an earlier
 * one (a sequence would let concurrent transactions commit out of order, and a follower that saw 11
 * would miss 10). Only transactions that publish take this lock, and they take it last.
 */
public final class JdbiChangeFeed implements ChangeFeed {

    private final Store store;

    public JdbiChangeFeed(Jdbi jdbi) {
        this.store = new Store(jdbi);
    }

    @Override
    public void append(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        store.useHandle(handle -> {
            handle.createUpdate("UPDATE change_feed_head SET last_position = last_position + :count WHERE id = 1")
                    .bind("count", events.size())
                    .execute();
            long last = handle.createQuery("SELECT last_position FROM change_feed_head WHERE id = 1")
                    .mapTo(Long.class).one();
            long position = last - events.size();
            PreparedBatch batch = handle.prepareBatch("INSERT INTO change_feed (feed_position, mode, part_number, kind,"
                    + " status, sellable_quantity, quantity, event_id, occurred_nanos) VALUES (:position, :mode,"
                    + " :partNumber, :kind, :status, :sellable, :quantity, :eventId, :occurredNanos)");
            for (DomainEvent event : events) {
                batch.bind("position", ++position)
                        .bind("mode", event.key().mode().wireName())
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
        return store.withHandle(handle -> handle.createQuery("SELECT feed_position, mode, part_number, kind, status,"
                        + " sellable_quantity, quantity, event_id, occurred_nanos FROM change_feed"
                        + " WHERE feed_position > :after ORDER BY feed_position")
                .bind("after", afterPosition)
                .setMaxRows(limit)
                .map((rs, ctx) -> map(rs))
                .list());
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
