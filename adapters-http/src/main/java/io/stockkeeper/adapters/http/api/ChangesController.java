package io.stockkeeper.adapters.http.api;

import io.javalin.http.Context;
import io.stockkeeper.application.port.in.ChangesPage;
import io.stockkeeper.application.port.in.FollowChangesQuery;
import io.stockkeeper.application.port.in.FollowChangesUseCase;
import io.stockkeeper.domain.Change;
import io.stockkeeper.domain.DomainEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/changes?after=<cursor>&limit=&wait=<seconds>}: changes after the cursor, in order.
 * With {@code wait}, an empty answer is held until a change arrives or the wait is over (long-poll).
 * Pass the answer's {@code next} back as {@code after} to get every change exactly once.
 */
public final class ChangesController {

    private final FollowChangesUseCase follow;

    public ChangesController(FollowChangesUseCase follow) {
        this.follow = follow;
    }

    public void list(Context ctx) {
        FollowChangesQuery query = QueryParameters.build(() -> new FollowChangesQuery(
                QueryParameters.longParam(ctx.queryParam("after"), "after", 0),
                QueryParameters.intParam(ctx.queryParam("limit"), "limit", 100),
                Duration.ofSeconds(QueryParameters.intParam(ctx.queryParam("wait"), "wait", 0))));
        ChangesPage page = follow.follow(query);
        List<ChangeResponse> changes = page.changes().stream().map(ChangeResponse::from).toList();
        ctx.json(Map.of("changes", changes, "next", Long.toString(page.next())));
    }

    /** One change; {@code sellableQuantity} null means no limit. */
    public record ChangeResponse(String cursor, String kind, String mode, String partNumber, String status,
            Long sellableQuantity, long quantity, String eventId, Instant occurredAt) {

        static ChangeResponse from(Change change) {
            DomainEvent event = change.event();
            return new ChangeResponse(Long.toString(change.position()), event.kind().wireName(),
                    event.key().mode().wireName(), event.key().partNumber().value(), event.status().name(),
                    event.sellableQuantity(), event.quantity(), event.eventId(), event.occurredAt());
        }
    }
}
