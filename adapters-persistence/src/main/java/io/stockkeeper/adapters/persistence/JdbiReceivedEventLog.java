package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.port.out.ReceivedEventLog;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PartNumber;
import io.stockkeeper.domain.ReceivedEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

public final class JdbiReceivedEventLog implements ReceivedEventLog {

    static final int MAX_REASON_LENGTH = 2000;
    private static final String COLUMNS =
            "id, type, mode, created_nanos, part_number, received_at, outcome, reason, payload";

    private final Store store;

    public JdbiReceivedEventLog(Jdbi jdbi) {
        this.store = new Store(jdbi);
    }

    @Override
    public Optional<ReceivedEvent> find(String eventId) {
        return store.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM received_event WHERE id = :id")
                .bind("id", eventId)
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    @Override
    public Map<String, EventOutcome> outcomesOf(Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        return store.withHandle(handle -> handle.createQuery("SELECT id, outcome FROM received_event WHERE id = ANY(:ids)")
                .bindArray("ids", String.class, List.copyOf(eventIds))
                .map((rs, ctx) -> Map.entry(rs.getString("id"), EventOutcome.valueOf(rs.getString("outcome"))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Override
    public void append(ReceivedEvent event) {
        store.useHandle(handle -> bind(handle.createUpdate("INSERT INTO received_event (" + COLUMNS + ") VALUES"
                + " (:id, :type, :mode, :createdNanos, :partNumber, :receivedAt, :outcome, :reason, :payload)"), event)
                .execute());
    }

    @Override
    public void appendAll(List<ReceivedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        store.useHandle(handle -> {
            PreparedBatch batch = handle.prepareBatch("INSERT INTO received_event (" + COLUMNS + ") VALUES"
                    + " (:id, :type, :mode, :createdNanos, :partNumber, :receivedAt, :outcome, :reason, :payload)");
            events.forEach(event -> bind(batch, event).add());
            batch.execute();
        });
    }

    @Override
    public void updateOutcome(ReceivedEvent event) {
        store.useHandle(handle -> {
            int updated = bind(handle.createUpdate("UPDATE received_event SET outcome = :outcome, reason = :reason,"
                    + " mode = :mode, part_number = :partNumber WHERE id = :id"), event).execute();
            if (updated != 1) {
                throw new IllegalStateException("event " + event.id() + " is not stored");
            }
        });
    }

    @Override
    public List<ReceivedEvent> findByOutcome(EventOutcome outcome, int limit) {
        return store.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM received_event"
                        + " WHERE outcome = :outcome ORDER BY received_at DESC, id DESC")
                .bind("outcome", outcome.name())
                .setMaxRows(limit)
                .map((rs, ctx) -> map(rs))
                .list());
    }

    private static <S extends SqlStatement<S>> S bind(S update, ReceivedEvent event) {
        return update.bind("id", event.id())
                .bind("type", event.type())
                .bind("mode", event.mode() == null ? null : event.mode().wireName())
                .bind("createdNanos", Instants.toNanosOrNull(event.createdTime()))
                .bind("partNumber", event.partNumber() == null ? null : event.partNumber().value())
                .bind("receivedAt", OffsetDateTime.ofInstant(event.receivedAt(), ZoneOffset.UTC))
                .bind("outcome", event.outcome().name())
                .bind("reason", truncate(event.reason()))
                .bind("payload", event.payload());
    }

    private static String truncate(String reason) {
        if (reason == null || reason.length() <= MAX_REASON_LENGTH) {
            return reason;
        }
        return reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }

    private static ReceivedEvent map(ResultSet rs) throws SQLException {
        String mode = rs.getString("mode");
        String partNumber = rs.getString("part_number");
        long createdNanos = rs.getLong("created_nanos");
        boolean createdPresent = !rs.wasNull();
        return new ReceivedEvent(
                rs.getString("id"),
                rs.getString("type"),
                mode == null ? null : Mode.parse(mode),
                createdPresent ? Instants.fromNanos(createdNanos) : null,
                partNumber == null ? null : new PartNumber(partNumber),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                EventOutcome.valueOf(rs.getString("outcome")),
                rs.getString("reason"),
                rs.getString("payload"));
    }
}
