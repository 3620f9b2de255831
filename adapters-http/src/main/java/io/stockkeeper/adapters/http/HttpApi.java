package io.stockkeeper.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.stockkeeper.adapters.http.api.EventsController;
import io.stockkeeper.adapters.http.api.InventoryController;
import io.stockkeeper.adapters.http.api.StockApi;
import io.stockkeeper.adapters.http.ops.DashboardController;
import io.stockkeeper.adapters.http.ops.HealthController;
import io.stockkeeper.adapters.http.ops.MetricsController;
import io.stockkeeper.adapters.http.webhook.WebhookController;
import io.stockkeeper.application.port.in.MalformedEventException;
import io.stockkeeper.application.port.out.StoreUnavailableException;
import io.stockkeeper.domain.Availability;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registers every route and maps every failure to a problem response. The only place Javalin is configured. */
public final class HttpApi implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
    public static final String WEBHOOK_PATH = "/webhooks/digital-river";
    private static final long STOP_TIMEOUT_MILLIS = 10_000;

    private final Javalin app;
    private final HttpSettings settings;
    private final java.util.List<String> routes = new java.util.concurrent.CopyOnWriteArrayList<>();

    public HttpApi(HttpSettings settings, ObjectMapper mapper, WebhookController webhook,
            InventoryController inventory, EventsController events, StockApi stock) {
        this.settings = settings;
        String openApi = OpenApiDocument.text();
        this.app = Javalin.create(config -> {
            config.events(listeners -> listeners.handlerAdded(handler -> {
                if (handler.getHttpMethod().isHttpMethod()) {
                    routes.add(handler.getHttpMethod().name() + " " + handler.getPath());
                }
            }));
            config.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jsonMapper(new JavalinJackson(mapper, false));
            // The stop timeout is set in start(), once the server runs (see there).
            config.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler(mapper,
                    settings.retryAfterSeconds())));
        });
        app.post(WEBHOOK_PATH, webhook::receive);
        app.before("/api/*", this::requireApiToken);
        app.get(OpenApiDocument.PATH, ctx -> ctx.contentType("application/json").result(openApi));
        app.get("/api/v1/inventory", inventory::list);
        app.get("/api/v1/inventory/{partNumber}", inventory::getOne);
        app.get("/api/v1/products/{productId}/inventory", inventory::getByProduct);
        app.get("/api/v1/inventory/{partNumber}/movements", stock.movements()::list);
        app.put("/api/v1/inventory/{partNumber}/movements/{sequence}/correction", stock.movements()::correction);
        app.get("/api/v1/inventory/{partNumber}/policy", stock.policy()::get);
        app.put("/api/v1/inventory/{partNumber}/policy", stock.policy()::put);
        app.get("/api/v1/inventory/{partNumber}/stock-outs", stock.reports()::stockOuts);
        app.get("/api/v1/inventory/{partNumber}/quantity", stock.reports()::quantityAt);
        app.get("/api/v1/reports/low-stock", inventory.report(Availability.LOW_STOCK));
        app.get("/api/v1/reports/out-of-stock", inventory.report(Availability.OUT_OF_STOCK));
        app.get("/api/v1/reports/backorders", inventory.report(Availability.BACKORDER));
        app.get("/api/v1/replenishment", stock.replenishment()::list);
        app.get("/api/v1/changes", stock.changes()::list);
        app.get("/api/v1/events", events::list);
        app.get("/api/v1/events/{id}", events::getOne);
        app.post("/api/v1/events/{id}/replay", events::replay);
        registerProblemMapping();
    }

    private void requireApiToken(Context ctx) {
        if (settings.apiToken().isEmpty()) {
            return;
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? header.substring(7).trim() : "";
        if (!MessageDigest.isEqual(settings.apiToken().get().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(Problem.of(401, "unauthorized", "Authentication failed",
                    "this API requires 'Authorization: Bearer <token>'"),
                    java.util.Map.of("WWW-Authenticate", "Bearer realm=\"stockkeeper\""));
        }
    }

    private void registerProblemMapping() {
        app.exception(ProblemException.class, (e, ctx) -> {
            e.headers().forEach(ctx::header);
            respond(ctx, e.problem());
        });
        app.exception(MalformedEventException.class, (e, ctx) ->
                respond(ctx, Problem.of(400, "malformed-event", "Not a JSON event envelope", e.getMessage())));
        app.exception(StoreUnavailableException.class, (e, ctx) -> {
            LOG.warn("store unavailable for {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", Integer.toString(settings.retryAfterSeconds()));
            respond(ctx, Problem.of(503, "store-unavailable", "Service unavailable",
                    "the event could not be stored durably; nothing was kept, please retry"));
        });
        app.exception(HttpResponseException.class, (e, ctx) ->
                respond(ctx, Problem.of(e.getStatus(), "http-" + e.getStatus(), title(e.getStatus()), e.getMessage())));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            respond(ctx, Problem.of(500, "internal-error", "Internal server error",
                    "an unexpected error occurred; it has been logged"));
        });
        app.error(404, ctx -> {
            if (!isProblem(ctx)) {
                respond(ctx, Problem.of(404, "not-found", "Not found", "no route for " + ctx.method() + " " + ctx.path()));
            }
        });
        app.error(405, ctx -> {
            if (!isProblem(ctx)) {
                respond(ctx, Problem.of(405, "method-not-allowed", "Method not allowed",
                        ctx.method() + " is not allowed on " + ctx.path()));
            }
        });
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Problem.CONTENT_TYPE);
    }

    private static void respond(Context ctx, Problem problem) {
        ctx.status(problem.status()).json(problem.at(ctx.path())).contentType(Problem.CONTENT_TYPE);
    }

    private static String title(int status) {
        io.javalin.http.HttpStatus known = io.javalin.http.HttpStatus.forStatus(status);
        return known == io.javalin.http.HttpStatus.UNKNOWN ? "Error" : known.getMessage();
    }

    /**
     * Adds the operator's routes: health probes, Prometheus metrics and the dashboard. They are open
     * (no API token): probes and scrapers rarely carry one, and the dashboard asks for the token itself
     * before it calls the API. Call before {@link #start}.
     */
    public HttpApi withOperations(HealthController health, MetricsController metrics, DashboardController dashboard) {
        app.get("/health/live", health::live);
        app.get("/health/ready", health::ready);
        app.get("/metrics", metrics::scrape);
        app.get("/", dashboard::index);
        app.get(DashboardController.ASSETS + "{file}", dashboard::asset);
        return this;
    }

    /** Starts listening; port 0 picks a free one. */
    public HttpApi start(String host, int port) {
        app.start(host, port);
        // Graceful stop: the connectors stop accepting, then Jetty waits (up to this timeout) for the
        // requests in flight to be answered before tearing anything down (GracefulShutdownTest). Set only
        // once started: a graceful stop of a server that failed to start hides why it failed (port in use).
        app.jettyServer().server().setStopTimeout(STOP_TIMEOUT_MILLIS);
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Every route served, as {@code "METHOD /path"}: what the OpenAPI document must describe. */
    public java.util.List<String> routes() {
        return java.util.List.copyOf(routes);
    }

    /** Stops accepting, lets in-flight requests finish, then returns. */
    @Override
    public void close() {
        app.stop();
    }
}
