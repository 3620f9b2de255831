package io.stockkeeper.adapters.http.api;

import io.javalin.http.Context;
import io.stockkeeper.adapters.http.ProblemException;
import io.stockkeeper.application.port.in.GetInventoryItemQuery;
import io.stockkeeper.application.port.in.GetInventoryItemUseCase;
import io.stockkeeper.application.port.in.InventoryPage;
import io.stockkeeper.application.port.in.ListInventoryQuery;
import io.stockkeeper.application.port.in.ListInventoryUseCase;
import io.stockkeeper.domain.Availability;
import io.stockkeeper.domain.Lifecycle;
import io.stockkeeper.domain.Mode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/v1/inventory} (filters and cursor pagination), {@code GET /api/v1/inventory/{partNumber}},
 * {@code GET /api/v1/products/{productId}/inventory} and the status reports; {@code ?mode=live|test}.
 */
public final class InventoryController {

    private final GetInventoryItemUseCase getItem;
    private final ListInventoryUseCase listItems;

    public InventoryController(GetInventoryItemUseCase getItem, ListInventoryUseCase listItems) {
        this.getItem = getItem;
        this.listItems = listItems;
    }

    public void getOne(Context ctx) {
        GetInventoryItemQuery query = QueryParameters.build(() ->
                GetInventoryItemQuery.of(mode(ctx), ctx.pathParam("partNumber")));
        ItemResponse item = getItem.get(query).map(ItemResponse::from).orElseThrow(() -> ProblemException.notFound(
                "no " + query.key().mode().wireName() + " inventory item with part number '"
                        + query.key().partNumber().value() + "'"));
        ctx.json(item);
    }

    public void getByProduct(Context ctx) {
        Mode mode = QueryParameters.build(() -> mode(ctx));
        String productId = ctx.pathParam("productId");
        ctx.json(getItem.getByProductId(mode, productId).map(ItemResponse::from).orElseThrow(() ->
                ProblemException.notFound("no " + mode.wireName() + " inventory item has product '" + productId + "'")));
    }

    public void list(Context ctx) {
        Availability status = QueryParameters.build(() -> status(ctx.queryParam("status")));
        respond(ctx, status);
    }

    /** A report: the list with its status fixed (low stock, out of stock, backorder). */
    public io.javalin.http.Handler report(Availability status) {
        return ctx -> {
            if (ctx.queryParam("status") != null) {
                throw ProblemException.badRequest("this report lists " + status.name() + " items; drop 'status'");
            }
            respond(ctx, status);
        };
    }

    private void respond(Context ctx, Availability status) {
        ListInventoryQuery query = QueryParameters.build(() -> new ListInventoryQuery(mode(ctx), status,
                blankToNull(ctx.queryParam("fulfiller")),
                ctx.queryParam("lifecycle") == null ? null : Lifecycle.parse(ctx.queryParam("lifecycle")),
                Cursors.decode(ctx.queryParam("cursor")),
                QueryParameters.intParam(ctx.queryParam("limit"), "limit", 100)));
        InventoryPage page = listItems.list(query);
        Map<String, Object> body = new HashMap<>();
        body.put("items", page.items().stream().map(ItemResponse::from).toList());
        body.put("nextCursor", Cursors.encode(page.nextAfter()));
        ctx.json(body);
    }

    static Availability status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Availability.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be one of IN_STOCK, LOW_STOCK, OUT_OF_STOCK, BACKORDER;"
                    + " was '" + text + "'");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static Mode mode(Context ctx) {
        String mode = ctx.queryParam("mode");
        return mode == null ? Mode.LIVE : Mode.parse(mode);
    }
}
