package io.stockkeeper.adapters.http.api;

import io.javalin.http.Context;
import io.stockkeeper.adapters.http.ProblemException;
import io.stockkeeper.application.port.in.GetInventoryItemQuery;
import io.stockkeeper.application.port.in.GetInventoryItemUseCase;
import io.stockkeeper.domain.Mode;

/** {@code GET /api/v1/inventory/{partNumber}?mode=live|test}. */
public final class InventoryController {

    private final GetInventoryItemUseCase getItem;

    public InventoryController(GetInventoryItemUseCase getItem) {
        this.getItem = getItem;
    }

    public void getOne(Context ctx) {
        GetInventoryItemQuery query = QueryParameters.build(() ->
                GetInventoryItemQuery.of(mode(ctx), ctx.pathParam("partNumber")));
        ItemResponse item = getItem.get(query).map(ItemResponse::from).orElseThrow(() -> ProblemException.notFound(
                "no " + query.key().mode().wireName() + " inventory item with part number '"
                        + query.key().partNumber().value() + "'"));
        ctx.json(item);
    }

    static Mode mode(Context ctx) {
        String mode = ctx.queryParam("mode");
        return mode == null ? Mode.LIVE : Mode.parse(mode);
    }
}
