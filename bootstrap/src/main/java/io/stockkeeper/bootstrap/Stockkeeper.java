package io.stockkeeper.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockkeeper.adapters.http.HttpApi;
import io.stockkeeper.adapters.http.HttpSettings;
import io.stockkeeper.adapters.http.JsonMappers;
import io.stockkeeper.adapters.http.api.EventsController;
import io.stockkeeper.adapters.http.api.ChangesController;
import io.stockkeeper.adapters.http.api.InventoryController;
import io.stockkeeper.adapters.http.api.MovementsController;
import io.stockkeeper.adapters.http.api.PolicyController;
import io.stockkeeper.adapters.http.api.ReplenishmentController;
import io.stockkeeper.adapters.http.api.StockApi;
import io.stockkeeper.adapters.http.api.StockReportsController;
import io.stockkeeper.adapters.http.json.JacksonEventDecoder;
import io.stockkeeper.adapters.http.webhook.SignatureVerifier;
import io.stockkeeper.adapters.http.webhook.WebhookController;
import io.stockkeeper.adapters.http.webhook.WebhookSecurity;
import io.stockkeeper.adapters.http.ops.DashboardController;
import io.stockkeeper.adapters.http.ops.HealthController;
import io.stockkeeper.adapters.http.ops.MetricsController;
import io.stockkeeper.adapters.persistence.Database;
import io.stockkeeper.adapters.persistence.JdbiChangeFeed;
import io.stockkeeper.adapters.persistence.JdbiInventoryScan;
import io.stockkeeper.adapters.persistence.JdbiInventoryItemRepository;
import io.stockkeeper.adapters.persistence.JdbiItemPlanRepository;
import io.stockkeeper.adapters.persistence.JdbiReceivedEventLog;
import io.stockkeeper.adapters.persistence.JdbiStockLedger;
import io.stockkeeper.adapters.persistence.JdbiTransactionRunner;
import io.stockkeeper.application.port.out.EventDecoder;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ReceivedEventLog;
import io.stockkeeper.application.port.out.TransactionRunner;
import io.stockkeeper.application.port.in.ReceiveInventoryEventUseCase;
import io.stockkeeper.application.service.ChangesSignal;
import io.stockkeeper.application.service.CountItemsByAvailabilityService;
import io.stockkeeper.application.service.FollowChangesService;
import io.stockkeeper.application.service.GetInventoryItemService;
import io.stockkeeper.application.service.IntakeSettings;
import io.stockkeeper.application.service.ItemPolicyService;
import io.stockkeeper.application.service.ListInventoryService;
import io.stockkeeper.application.service.MovementsService;
import io.stockkeeper.application.service.ReceiveInventoryEventService;
import io.stockkeeper.application.service.ReceivedEventQueryService;
import io.stockkeeper.application.service.ReorderListService;
import io.stockkeeper.application.service.ReplayEventService;
import io.stockkeeper.application.service.StockPorts;
import io.stockkeeper.application.service.StockReportsService;
import io.stockkeeper.bootstrap.observability.DeliveryLog;
import io.stockkeeper.bootstrap.observability.IntakeMetrics;
import io.stockkeeper.bootstrap.observability.IntakeObservers;
import io.stockkeeper.bootstrap.observability.ItemStatusGauges;
import io.stockkeeper.bootstrap.observability.Metrics;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: config → DataSource → Jdbi → adapters → services → HTTP, by hand.
 * {@link #start} runs migrations and listens; {@link #close} stops taking requests, lets in-flight
 * ones finish, then closes the pool.
 */
public final class Stockkeeper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Stockkeeper.class);

    private final Database database;
    private final HttpApi http;
    private final Metrics metrics;

    private Stockkeeper(Database database, HttpApi http, Metrics metrics) {
        this.database = database;
        this.http = http;
        this.metrics = metrics;
    }

    /**
     * Brings the schema up to date; a failure is one line naming the database and the innermost cause
     * ({@code cannot migrate the database at URL: cause}).
     */
    public static int migrate(Database database, Config config) {
        return Startup.migrate(database, config);
    }

    public static Stockkeeper start(Config config, Clock clock) {
        return start(config, clock, UnaryOperator.identity());
    }

    /** As {@link #start(Config, Clock)}, with the intake use case wrapped (tests hold a delivery in flight). */
    static Stockkeeper start(Config config, Clock clock, UnaryOperator<ReceiveInventoryEventUseCase> intakeWrapper) {
        Database database = Database.open(config.database());
        Metrics metrics = new Metrics();
        try {
            int migrations = Startup.migrate(database, config);
            LOG.info("database {} ready ({} migrations applied now)", config.database().redactedUrl(), migrations);
            HttpApi http = Startup.listen(wire(config, clock, database, metrics, intakeWrapper), config);
            if (config.webhookOpen()) {
                LOG.warn("NO WEBHOOK SECRET AND NO BASIC CREDENTIALS ARE CONFIGURED: anyone who can reach this port may"
                        + " post events. Listening on loopback only ({}:{}). Set STOCKKEEPER_WEBHOOK_SECRETS to"
                        + " accept Digital River's deliveries from other hosts.", config.host(), http.port());
                if (config.hostForcedToLoopback()) {
                    LOG.warn("STOCKKEEPER_HOST was ignored: without a secret the service binds to loopback only");
                }
            }
            LOG.info("Stockkeeper listening on http://{}:{}", config.host(), http.port());
            return new Stockkeeper(database, http, metrics);
        } catch (RuntimeException e) {
            metrics.close();
            database.close();
            throw e;
        }
    }

    private static HttpApi wire(Config config, Clock clock, Database database, Metrics metrics,
            UnaryOperator<ReceiveInventoryEventUseCase> intakeWrapper) {
        ObjectMapper mapper = JsonMappers.create();
        EventDecoder decoder = new JacksonEventDecoder(mapper);
        InventoryItemRepository items = new JdbiInventoryItemRepository(database.jdbi(), clock);
        ReceivedEventLog events = new JdbiReceivedEventLog(database.jdbi());
        TransactionRunner transactions = new JdbiTransactionRunner(database.jdbi());
        IntakeSettings intakeSettings = config.intake();
        StockPorts stock = new StockPorts(new JdbiItemPlanRepository(database.jdbi()),
                new JdbiStockLedger(database.jdbi()), new JdbiChangeFeed(database.jdbi()), config.policyDefaults(),
                new ChangesSignal());

        ItemStatusGauges itemGauges = new ItemStatusGauges(
                new CountItemsByAvailabilityService(new JdbiInventoryScan(database.jdbi()), stock.plans(),
                        stock.defaults()), metrics.registry());
        database.publishPoolMetrics(metrics.registry());
        IntakeMetrics intakeMetrics = new IntakeMetrics(metrics.registry());

        ReceiveInventoryEventUseCase intake = intakeWrapper.apply(new ReceiveInventoryEventService(decoder, items,
                events, transactions, clock, intakeSettings, stock,
                new IntakeObservers(List.of(intakeMetrics, new DeliveryLog()))));
        ReceivedEventQueryService eventQueries = new ReceivedEventQueryService(events);
        ReplayEventService replay =
                new ReplayEventService(decoder, items, events, transactions, intakeSettings, stock);

        WebhookSecurity security = new WebhookSecurity(
                config.webhookSecrets().isEmpty() ? Optional.empty()
                        : Optional.of(new SignatureVerifier(config.webhookSecrets(), config.signatureTolerance(), clock)),
                config.basicCredentials(), config.allowedNetworks(), config.trustedProxies());
        HttpSettings httpSettings = new HttpSettings(config.maxBodyBytes(), config.apiToken(), 10);
        HttpApi http = new HttpApi(httpSettings, mapper,
                new WebhookController(intake, security, config.maxBodyBytes(), intakeMetrics),
                new InventoryController(new GetInventoryItemService(items, stock.plans(), stock.defaults()),
                        new ListInventoryService(items, stock.plans(), stock.defaults())),
                new EventsController(eventQueries, eventQueries, replay),
                stockApi(items, transactions, stock, clock, mapper));
        return http.withOperations(new HealthController(Startup.readinessChecks(database)),
                new MetricsController(() -> {
                    itemGauges.refresh();
                    return metrics.scrape();
                }), new DashboardController());
    }

    private static StockApi stockApi(InventoryItemRepository items, TransactionRunner transactions, StockPorts stock,
            Clock clock, ObjectMapper mapper) {
        MovementsService movements = new MovementsService(items, stock.plans(), stock.ledger(), transactions);
        ItemPolicyService policies = new ItemPolicyService(items, transactions, stock, clock);
        return new StockApi(
                new MovementsController(movements, movements, mapper),
                new PolicyController(policies, policies, mapper),
                new ReplenishmentController(new ReorderListService(items, stock.plans(), stock.ledger(),
                        stock.defaults()), clock),
                new ChangesController(new FollowChangesService(stock.feed(), stock.signal())),
                new StockReportsController(new StockReportsService(items, stock.ledger()), clock));
    }

    public int port() {
        return http.port();
    }

    /** Every route served, as {@code "METHOD /path"}. */
    public java.util.List<String> routes() {
        return http.routes();
    }

    /** Stops taking requests, waits for the ones in flight to be answered, then closes the pool. */
    @Override
    public void close() {
        LOG.info("Stockkeeper stopping: finishing deliveries in flight");
        try {
            http.close();
        } finally {
            metrics.close();
            database.close();
            LOG.info("Stockkeeper stopped");
        }
    }
}
