package io.stockkeeper.adapters.http.api;

import io.javalin.http.Context;
import io.stockkeeper.application.port.in.ReorderLine;
import io.stockkeeper.application.port.in.ReorderListQuery;
import io.stockkeeper.application.port.in.ReorderListUseCase;
import io.stockkeeper.domain.ReplenishmentPlan;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/replenishment?mode=&asOf=&all=&limit=}: the reorder list, most urgent first; with
 * {@code all=true} every item with its demand, days of cover and plan (the replenishment report).
 */
public final class ReplenishmentController {

    private final ReorderListUseCase reorderList;
    private final Clock clock;

    public ReplenishmentController(ReorderListUseCase reorderList, Clock clock) {
        this.reorderList = reorderList;
        this.clock = clock;
    }

    public void list(Context ctx) {
        Instant asOf = QueryParameters.instantParam(ctx.queryParam("asOf"), "asOf", clock.instant());
        boolean all = "true".equalsIgnoreCase(ctx.queryParam("all"));
        ReorderListQuery query = QueryParameters.build(() -> new ReorderListQuery(InventoryController.mode(ctx), asOf,
                all, QueryParameters.intParam(ctx.queryParam("limit"), "limit", 500)));
        List<Line> lines = reorderList.reorderList(query).stream().map(Line::from).toList();
        ctx.json(Map.of("asOf", asOf, "lines", lines));
    }

    /** One line of the list. {@code daysOfCover} is null when there is no recent demand. */
    public record Line(String partNumber, String fulfiller, long quantity, double dailyDemand,
            double dailyDemandStdDev, int demandDays, double leadTimeDemand, double safetyStock, long reorderPoint,
            long orderUpTo, long suggestedQuantity, Double daysOfCover, boolean reorderNeeded, String reason) {

        static Line from(ReorderLine line) {
            ReplenishmentPlan plan = line.plan();
            return new Line(line.key().partNumber().value(), line.fulfiller(), plan.quantity(),
                    plan.demand().meanDaily(), plan.demand().stdDevDaily(), plan.demand().countedDays(),
                    plan.leadTimeDemand(), plan.safetyStock(), plan.reorderPoint(), plan.orderUpTo(),
                    plan.suggestedQuantity(), plan.daysOfCover(), plan.reorderNeeded(), line.reason());
        }
    }
}
