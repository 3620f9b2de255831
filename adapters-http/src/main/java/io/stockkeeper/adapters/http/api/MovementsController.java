package io.stockkeeper.adapters.http.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.stockkeeper.adapters.http.ProblemException;
import io.stockkeeper.application.port.in.ItemNotFoundException;
import io.stockkeeper.application.port.in.ListMovementsQuery;
import io.stockkeeper.application.port.in.ListMovementsUseCase;
import io.stockkeeper.application.port.in.MarkCorrectionCommand;
import io.stockkeeper.application.port.in.MarkCorrectionUseCase;
import io.stockkeeper.application.port.in.MovementNotFoundException;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.Movement;
import io.stockkeeper.domain.PartNumber;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/inventory/{partNumber}/movements?after=&limit=} and
 * {@code PUT /api/v1/inventory/{partNumber}/movements/{sequence}/correction} with {@code {"correction": true}}.
 */
public final class MovementsController {

    private final ListMovementsUseCase listMovements;
    private final MarkCorrectionUseCase markCorrection;
    private final ObjectMapper mapper;

    public MovementsController(ListMovementsUseCase listMovements, MarkCorrectionUseCase markCorrection,
            ObjectMapper mapper) {
        this.listMovements = listMovements;
        this.markCorrection = markCorrection;
        this.mapper = mapper;
    }

    public void list(Context ctx) {
        ListMovementsQuery query = QueryParameters.build(() -> new ListMovementsQuery(key(ctx),
                QueryParameters.longParam(ctx.queryParam("after"), "after", 0),
                QueryParameters.intParam(ctx.queryParam("limit"), "limit", 100)));
        try {
            List<Movement> movements = listMovements.movements(query);
            Map<String, Object> body = new HashMap<>();
            body.put("movements", movements.stream().map(MovementResponse::from).toList());
            body.put("next", movements.isEmpty() ? query.afterSequence() : movements.get(movements.size() - 1).sequence());
            ctx.json(body);
        } catch (ItemNotFoundException e) {
            throw ProblemException.notFound(e.getMessage());
        }
    }

    public void correction(Context ctx) {
        JsonNode body = JsonBodies.object(mapper, ctx.body());
        JsonNode flag = body.get("correction");
        if (flag == null || !flag.isBoolean()) {
            throw ProblemException.badRequest("body must be {\"correction\": true|false}");
        }
        MarkCorrectionCommand command = QueryParameters.build(() -> new MarkCorrectionCommand(key(ctx),
                QueryParameters.longParam(ctx.pathParam("sequence"), "sequence", 0), flag.booleanValue()));
        try {
            ctx.json(MovementResponse.from(markCorrection.mark(command)));
        } catch (ItemNotFoundException | MovementNotFoundException e) {
            throw ProblemException.notFound(e.getMessage());
        }
    }

    static ItemKey key(Context ctx) {
        return new ItemKey(InventoryController.mode(ctx), new PartNumber(ctx.pathParam("partNumber")));
    }
}
