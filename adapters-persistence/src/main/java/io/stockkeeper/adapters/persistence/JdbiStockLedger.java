package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.port.out.StockLedger;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.Movement;
import io.stockkeeper.domain.MovementKind;
import io.stockkeeper.domain.PartNumber;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The ledger in {@code stock_movement}; the identity column numbers the lines. */
public final class JdbiStockLedger implements StockLedger {

    private static final String COLUMNS =
            "seq, mode, part_number, kind, delta, quantity_after, event_id, source_nanos, correction";

    private final Store store;

    public JdbiStockLedger(Jdbi jdbi) {
        this.store = new Store(jdbi);
    }

    @Override
    public void append(List<Movement> movements) {
        if (movements.isEmpty()) {
            return;
        }
        store.useHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO stock_movement (mode, part_number, kind, delta,"
                    + " quantity_after, event_id, source_nanos, correction) VALUES (:mode, :partNumber, :kind, :delta,"
                    + " :quantityAfter, :eventId, :sourceNanos, :correction)");
            for (Movement m : movements) {
                batch.bind("mode", m.key().mode().wireName())
                        .bind("partNumber", m.key().partNumber().value())
                        .bind("kind", m.kind().name())
                        .bind("delta", m.delta())
                        .bind("quantityAfter", m.quantityAfter())
                        .bind("eventId", m.eventId())
                        .bind("sourceNanos", Instants.toNanos(m.sourceTime()))
                        .bind("correction", m.correction())
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public List<Movement> page(ItemKey key, long afterSequence, int limit) {
        return store.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM stock_movement"
                        + " WHERE mode = :mode AND part_number = :partNumber AND seq > :after ORDER BY seq")
                .bind("mode", key.mode().wireName())
                .bind("partNumber", key.partNumber().value())
                .bind("after", afterSequence)
                .setMaxRows(limit)
                .map((rs, ctx) -> map(rs))
                .list());
    }

    @Override
    public List<Movement> history(ItemKey key, Instant from, Instant to) {
        return store.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM stock_movement"
                        + " WHERE mode = :mode AND part_number = :partNumber AND (source_nanos >= :from AND"
                        + " source_nanos < :to OR seq = (SELECT MAX(seq) FROM stock_movement WHERE mode = :mode"
                        + " AND part_number = :partNumber AND source_nanos < :from)) ORDER BY seq")
                .bind("mode", key.mode().wireName())
                .bind("partNumber", key.partNumber().value())
                .bind("from", Instants.toNanos(from))
                .bind("to", Instants.toNanos(to))
                .map((rs, ctx) -> map(rs))
                .list());
    }

    @Override
    public Map<ItemKey, List<Movement>> historyOfMode(Mode mode, Instant from, Instant to) {
        List<Movement> lines = store.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM stock_movement WHERE mode = :mode AND (source_nanos >= :from AND source_nanos < :to"
                        + " OR seq IN (SELECT MAX(seq) FROM stock_movement WHERE mode = :mode AND source_nanos < :from"
                        + " GROUP BY part_number)) ORDER BY part_number, seq")
                .bind("mode", mode.wireName())
                .bind("from", Instants.toNanos(from))
                .bind("to", Instants.toNanos(to))
                .map((rs, ctx) -> map(rs))
                .list());
        Map<ItemKey, List<Movement>> histories = new LinkedHashMap<>();
        for (Movement line : lines) {
            histories.computeIfAbsent(line.key(), key -> new java.util.ArrayList<>()).add(line);
        }
        return histories;
    }

    @Override
    public Optional<Movement> find(ItemKey key, long sequence) {
        return store.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM stock_movement"
                        + " WHERE mode = :mode AND part_number = :partNumber AND seq = :seq")
                .bind("mode", key.mode().wireName())
                .bind("partNumber", key.partNumber().value())
                .bind("seq", sequence)
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public boolean markCorrection(ItemKey key, long sequence, boolean correction) {
        return store.withHandle(handle -> handle.createUpdate("UPDATE stock_movement SET correction = :correction"
                        + " WHERE mode = :mode AND part_number = :partNumber AND seq = :seq")
                .bind("correction", correction)
                .bind("mode", key.mode().wireName())
                .bind("partNumber", key.partNumber().value())
                .bind("seq", sequence)
                .execute()) == 1;
    }

    private static Movement map(ResultSet rs) throws SQLException {
        return new Movement(new ItemKey(Mode.parse(rs.getString("mode")), new PartNumber(rs.getString("part_number"))),
                rs.getLong("seq"), MovementKind.valueOf(rs.getString("kind")), rs.getLong("delta"),
                rs.getLong("quantity_after"), rs.getString("event_id"), Instants.fromNanos(rs.getLong("source_nanos")),
                rs.getBoolean("correction"));
    }
}
