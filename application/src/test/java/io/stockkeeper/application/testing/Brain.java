package io.stockkeeper.application.testing;

import io.stockkeeper.application.port.in.ReceiveEventCommand;
import io.stockkeeper.application.port.in.ReceiveResult;
import io.stockkeeper.application.port.out.DecodedEvent;
import io.stockkeeper.application.service.FollowChangesService;
import io.stockkeeper.application.service.GetInventoryItemService;
import io.stockkeeper.application.service.IntakeSettings;
import io.stockkeeper.application.service.ItemPolicyService;
import io.stockkeeper.application.service.ListInventoryService;
import io.stockkeeper.application.service.MovementsService;
import io.stockkeeper.application.service.ReceiveInventoryEventService;
import io.stockkeeper.application.service.ReorderListService;
import io.stockkeeper.application.service.StockPorts;
import io.stockkeeper.application.service.StockReportsService;
import io.stockkeeper.domain.InventoryUpdate;
import io.stockkeeper.domain.PolicyDefaults;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every stock use case wired by hand over one set of ports, as an embedding service would. Events are
 * "decoded" by looking their id up: the wire format is not under test here.
 */
public final class Brain {

    public final PortsUnderTest ports;
    public final MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"));
    public final StockPorts stock;
    public final ReceiveInventoryEventService intake;
    public final GetInventoryItemService items;
    public final ListInventoryService list;
    public final MovementsService movements;
    public final ItemPolicyService policies;
    public final ReorderListService reorderList;
    public final FollowChangesService changes;
    public final StockReportsService reports;
    private final Map<String, DecodedEvent> decoded = new ConcurrentHashMap<>();

    public Brain(PortsUnderTest ports, PolicyDefaults defaults) {
        this.ports = ports;
        this.stock = ports.stock(defaults);
        this.intake = new ReceiveInventoryEventService(decoded::get, ports.items(), ports.events(),
                ports.transactions(), clock, IntakeSettings.acceptingAllModes(), stock);
        this.items = new GetInventoryItemService(ports.items(), ports.plans(), defaults);
        this.list = new ListInventoryService(ports.items(), ports.plans(), defaults);
        this.movements = new MovementsService(ports.items(), ports.plans(), ports.ledger(), ports.transactions());
        this.policies = new ItemPolicyService(ports.items(), ports.transactions(), stock, clock);
        this.reorderList = new ReorderListService(ports.items(), ports.plans(), ports.ledger(), defaults);
        this.changes = new FollowChangesService(ports.feed(), stock.signal());
        this.reports = new StockReportsService(ports.items(), ports.ledger());
    }

    /** Delivers the update as a webhook event with its own id. */
    public ReceiveResult receive(InventoryUpdate update) {
        decoded.putIfAbsent(update.eventId(), new DecodedEvent(update.eventId(), "inventory.self_managed_updated",
                update.key().mode(), update.order().createdTime(), update.key().partNumber(),
                new DecodedEvent.InventoryChange(update)));
        return intake.receive(new ReceiveEventCommand(update.eventId()));
    }
}
