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
import io.stockkeeper.adapters.persistence.Database;
import io.stockkeeper.adapters.persistence.JdbiChangeFeed;
import io.stockkeeper.adapters.persistence.JdbiInventoryItemRepository;
import io.stockkeeper.adapters.persistence.JdbiItemPlanRepository;
import io.stockkeeper.adapters.persistence.JdbiReceivedEventLog;
import io.stockkeeper.adapters.persistence.JdbiStockLedger;
import io.stockkeeper.adapters.persistence.JdbiTransactionRunner;
import io.stockkeeper.application.port.out.EventDecoder;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ReceivedEventLog;
import io.stockkeeper.application.port.out.TransactionRunner;
import io.stockkeeper.application.service.ChangesSignal;
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
import java.time.Clock;
import java.util.Optional;
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

    private Stockkeeper(Database database, HttpApi http) {
        this.database = database;
        this.http = http;
    }

    public static Stockkeeper start(Config config, Clock clock) {
        Database database = Database.open(config.database());
        try {
            int migrations = database.migrate();
            LOG.info("database {} ready ({} migrations applied now)", config.database().redactedUrl(), migrations);
            HttpApi http = wire(config, clock, database).start(config.host(), config.port());
            if (config.webhookOpen()) {
                LOG.warn("NO WEBHOOK SECRET AND NO BASIC CREDENTIALS ARE CONFIGURED: anyone who can reach this port may"
                        + " post events. Listening on loopback only ({}:{}). Set STOCKKEEPER_WEBHOOK_SECRETS to"
                        + " accept Digital River's deliveries from other hosts.", config.host(), http.port());
                if (config.hostForcedToLoopback()) {
                    LOG.warn("STOCKKEEPER_HOST was ignored: without a secret the service binds to loopback only");
                }
            }
            LOG.info("Stockkeeper listening on http://{}:{}", config.host(), http.port());
            return new Stockkeeper(database, http);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static HttpApi wire(Config config, Clock clock, Database database) {
        ObjectMapper mapper = JsonMappers.create();
        EventDecoder decoder = new JacksonEventDecoder(mapper);
        InventoryItemRepository items = new JdbiInventoryItemRepository(database.jdbi(), clock);
        ReceivedEventLog events = new JdbiReceivedEventLog(database.jdbi());
        TransactionRunner transactions = new JdbiTransactionRunner(database.jdbi());
        IntakeSettings intakeSettings = new IntakeSettings(config.acceptedModes());
        StockPorts stock = new StockPorts(new JdbiItemPlanRepository(database.jdbi()),
                new JdbiStockLedger(database.jdbi()), new JdbiChangeFeed(database.jdbi()), config.policyDefaults(),
                new ChangesSignal());

        ReceiveInventoryEventService intake =
                new ReceiveInventoryEventService(decoder, items, events, transactions, clock, intakeSettings, stock);
        ReceivedEventQueryService eventQueries = new ReceivedEventQueryService(events);
        ReplayEventService replay =
                new ReplayEventService(decoder, items, events, transactions, intakeSettings, stock);

        WebhookSecurity security = new WebhookSecurity(
                config.webhookSecrets().isEmpty() ? Optional.empty()
                        : Optional.of(new SignatureVerifier(config.webhookSecrets(), config.signatureTolerance(), clock)),
                config.basicCredentials(), config.allowedNetworks(), config.trustedProxies());
        HttpSettings httpSettings = new HttpSettings(config.maxBodyBytes(), config.apiToken(), 10);
        return new HttpApi(httpSettings, mapper,
                new WebhookController(intake, security, config.maxBodyBytes()),
                new InventoryController(new GetInventoryItemService(items, stock.plans(), stock.defaults()),
                        new ListInventoryService(items, stock.plans(), stock.defaults())),
                new EventsController(eventQueries, eventQueries, replay),
                stockApi(items, transactions, stock, clock, mapper));
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

    @Override
    public void close() {
        try {
            http.close();
        } finally {
            database.close();
        }
    }
}
