package io.stockkeeper.adapters.http.api;

import io.javalin.http.Context;
import io.stockkeeper.adapters.http.ProblemException;
import io.stockkeeper.application.port.in.ItemNotFoundException;
import io.stockkeeper.application.port.in.StockReportsUseCase;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.StockOutPeriod;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * {@code GET /api/v1/inventory/{partNumber}/stock-outs} (periods with nothing on hand, with their length)
 * and {@code GET /api/v1/inventory/{partNumber}/quantity?at=<instant>} (quantity at a point in time).
 */
public final class StockReportsController {

    private final StockReportsUseCase reports;
    private final Clock clock;

    public StockReportsController(StockReportsUseCase reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    public void stockOuts(Context ctx) {
        ItemKey key = QueryParameters.build(() -> MovementsController.key(ctx));
        Instant now = clock.instant();
        try {
            List<Period> periods = reports.stockOutPeriods(key).stream().map(p -> Period.from(p, now)).toList();
            ctx.json(Map.of("partNumber", key.partNumber().value(), "periods", periods));
        } catch (ItemNotFoundException e) {
            throw ProblemException.notFound(e.getMessage());
        }
    }

    public void quantityAt(Context ctx) {
        ItemKey key = QueryParameters.build(() -> MovementsController.key(ctx));
        Instant at = QueryParameters.instantParam(ctx.queryParam("at"), "at", clock.instant());
        try {
            OptionalLong quantity = reports.quantityAt(key, at);
            Map<String, Object> body = new HashMap<>();
            body.put("partNumber", key.partNumber().value());
            body.put("at", at);
            body.put("quantity", quantity.isPresent() ? quantity.getAsLong() : null);
            ctx.json(body);
        } catch (ItemNotFoundException e) {
            throw ProblemException.notFound(e.getMessage());
        }
    }

    /** A stock-out; {@code end} is null while it lasts, and then the length runs up to now. */
    public record Period(Instant start, Instant end, long lengthSeconds, boolean ongoing) {
        static Period from(StockOutPeriod period, Instant now) {
            return new Period(period.start(), period.end(), period.length(now).toSeconds(), period.end() == null);
        }
    }
}
