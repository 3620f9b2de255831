package io.stockkeeper.adapters.http.api;

import io.javalin.http.Context;
import io.stockkeeper.adapters.http.Problem;
import io.stockkeeper.adapters.http.ProblemException;
import io.stockkeeper.application.port.in.EventNotFoundException;
import io.stockkeeper.application.port.in.EventNotReplayableException;
import io.stockkeeper.application.port.in.GetReceivedEventUseCase;
import io.stockkeeper.application.port.in.ListReceivedEventsQuery;
import io.stockkeeper.application.port.in.ListReceivedEventsUseCase;
import io.stockkeeper.application.port.in.ReceiveResult;
import io.stockkeeper.application.port.in.ReplayEventCommand;
import io.stockkeeper.application.port.in.ReplayEventUseCase;
import io.stockkeeper.domain.EventOutcome;
import java.util.List;
import java.util.Map;

/** The event log: {@code GET /api/v1/events/{id}}, {@code GET /api/v1/events?outcome=}, replay. */
public final class EventsController {

    private final GetReceivedEventUseCase getEvent;
    private final ListReceivedEventsUseCase listEvents;
    private final ReplayEventUseCase replay;

    public EventsController(GetReceivedEventUseCase getEvent, ListReceivedEventsUseCase listEvents,
            ReplayEventUseCase replay) {
        this.getEvent = getEvent;
        this.listEvents = listEvents;
        this.replay = replay;
    }

    public void getOne(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(getEvent.get(id).map(event -> EventResponse.from(event, true))
                .orElseThrow(() -> ProblemException.notFound("no event with id '" + id + "' has been received")));
    }

    public void list(Context ctx) {
        String outcome = ctx.queryParam("outcome");
        ListReceivedEventsQuery query = QueryParameters.build(() -> new ListReceivedEventsQuery(
                EventOutcome.parse(outcome == null ? "quarantined" : outcome),
                QueryParameters.intParam(ctx.queryParam("limit"), "limit", 100)));
        List<EventResponse> events = listEvents.list(query).stream()
                .map(event -> EventResponse.from(event, false)).toList();
        ctx.json(Map.of("events", events));
    }

    public void replay(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            ReceiveResult result = replay.replay(QueryParameters.build(() -> new ReplayEventCommand(id)));
            ctx.json(Map.of("eventId", result.eventId(), "outcome", result.outcome().wireName(),
                    "reason", result.reason() == null ? "" : result.reason()));
        } catch (EventNotFoundException e) {
            throw ProblemException.notFound(e.getMessage());
        } catch (EventNotReplayableException e) {
            throw new ProblemException(Problem.of(409, "not-replayable", "Event not replayable", e.getMessage()));
        }
    }
}
