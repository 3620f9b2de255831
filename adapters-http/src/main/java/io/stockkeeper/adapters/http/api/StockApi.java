package io.stockkeeper.adapters.http.api;

import java.util.Objects;

/** The controllers of the stock read and admin API, registered together by {@code HttpApi}. */
public record StockApi(
        MovementsController movements,
        PolicyController policy,
        ReplenishmentController replenishment,
        ChangesController changes,
        StockReportsController reports) {

    public StockApi {
        Objects.requireNonNull(movements, "movements");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(replenishment, "replenishment");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(reports, "reports");
    }
}
