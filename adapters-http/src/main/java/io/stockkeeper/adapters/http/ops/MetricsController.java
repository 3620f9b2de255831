package io.stockkeeper.adapters.http.ops;

import io.javalin.http.Context;
import java.util.function.Supplier;

/** {@code GET /metrics}: the Prometheus text exposition, produced by whoever keeps the metrics. */
public final class MetricsController {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Supplier<String> scrape;

    public MetricsController(Supplier<String> scrape) {
        this.scrape = scrape;
    }

    public void scrape(Context ctx) {
        ctx.contentType(CONTENT_TYPE).result(scrape.get());
    }
}
