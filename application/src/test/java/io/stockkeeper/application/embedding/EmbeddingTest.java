package io.stockkeeper.application.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import io.stockkeeper.application.port.in.ChangeItemPolicyUseCase;
import io.stockkeeper.application.port.in.FollowChangesQuery;
import io.stockkeeper.application.port.in.FollowChangesUseCase;
import io.stockkeeper.application.port.in.GetInventoryItemQuery;
import io.stockkeeper.application.port.in.GetInventoryItemUseCase;
import io.stockkeeper.application.port.in.GetItemPolicyUseCase;
import io.stockkeeper.application.port.in.ListInventoryUseCase;
import io.stockkeeper.application.port.in.ListMovementsQuery;
import io.stockkeeper.application.port.in.ListMovementsUseCase;
import io.stockkeeper.application.port.in.MarkCorrectionUseCase;
import io.stockkeeper.application.port.in.ReceiveEventCommand;
import io.stockkeeper.application.port.in.ReceiveInventoryEventUseCase;
import io.stockkeeper.application.port.in.ReorderListQuery;
import io.stockkeeper.application.port.in.ReorderListUseCase;
import io.stockkeeper.application.port.in.StockReportsUseCase;
import io.stockkeeper.application.port.out.ChangeFeed;
import io.stockkeeper.application.port.out.DecodedEvent;
import io.stockkeeper.application.port.out.EventDecoder;
import io.stockkeeper.application.port.out.IntakeObserver;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ItemPlanRepository;
import io.stockkeeper.application.port.out.ReceivedEventLog;
import io.stockkeeper.application.port.out.StockLedger;
import io.stockkeeper.application.port.out.TransactionRunner;
import io.stockkeeper.application.service.ChangesSignal;
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
import io.stockkeeper.application.testing.PortsUnderTest;
import io.stockkeeper.application.testing.TestUpdates;
import io.stockkeeper.domain.DomainEventKind;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.InventoryUpdate;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.MovementKind;
import io.stockkeeper.domain.PolicyDefaults;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The domain and application are a library: another JVM service embeds them with its own adapters, here
 * the in-memory ones, with no HTTP and no database. Once wired by hand (as the README shows) and once by
 * a real JSR-330 container (Guice), which can only succeed if every service has a usable {@code @Inject}
 * constructor and every dependency is a port, a setting or a JDK type.
 */
class EmbeddingTest {

    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");

    /** The embedding service's own decoder: here, events it already holds as updates, keyed by id. */
    private final Map<String, InventoryUpdate> inbox = new ConcurrentHashMap<>();
    private final EventDecoder decoder = id -> {
        InventoryUpdate update = inbox.get(id);
        return new DecodedEvent(id, "inventory.self_managed_updated", update.key().mode(), update.order().createdTime(),
                update.key().partNumber(), new DecodedEvent.InventoryChange(update));
    };

    private String queue(String part, long quantity, long previous, long secondsAfter) {
        InventoryUpdate update = TestUpdates.update(part, quantity, AT.plusSeconds(secondsAfter), part + "-" + secondsAfter,
                OptionalLong.of(previous), false);
        inbox.put(update.eventId(), update);
        return update.eventId();
    }

    @Test
    void wired_by_hand_the_use_cases_work_on_the_embedders_own_adapters() {
        PortsUnderTest ports = PortsUnderTest.inMemory();
        Clock clock = Clock.fixed(AT, ZoneOffset.UTC);
        StockPorts stock = new StockPorts(ports.plans(), ports.ledger(), ports.feed(), PolicyDefaults.standard(),
                new ChangesSignal());
        ReceiveInventoryEventUseCase intake = new ReceiveInventoryEventService(decoder, ports.items(), ports.events(),
                ports.transactions(), clock, IntakeSettings.acceptingAllModes(), stock);
        GetInventoryItemUseCase items = new GetInventoryItemService(ports.items(), stock.plans(), stock.defaults());
        FollowChangesUseCase changes = new FollowChangesService(stock.feed(), stock.signal());

        assertThat(intake.receive(new ReceiveEventCommand(queue("CCC", 8, 0, 0))).outcome())
                .isEqualTo(EventOutcome.APPLIED);
        assertThat(intake.receive(new ReceiveEventCommand(queue("CCC", 0, 8, 60))).outcome())
                .isEqualTo(EventOutcome.APPLIED);

        assertThat(items.get(GetInventoryItemQuery.of(Mode.TEST, "CCC"))).get()
                .satisfies(view -> assertThat(view.level().status().name()).isEqualTo("OUT_OF_STOCK"));
        assertThat(changes.follow(new FollowChangesQuery(0, 10, Duration.ZERO)).changes())
                .extracting(change -> change.event().kind()).containsExactly(DomainEventKind.WENT_OUT_OF_STOCK);
    }

    /** What an embedder writes: bind its adapters and settings, and ask the container for use cases. */
    private final class EmbedderModule extends AbstractModule {
        private final PortsUnderTest ports = PortsUnderTest.inMemory();

        @Override
        protected void configure() {
            bind(InventoryItemRepository.class).toInstance(ports.items());
            bind(ReceivedEventLog.class).toInstance(ports.events());
            bind(TransactionRunner.class).toInstance(ports.transactions());
            bind(StockLedger.class).toInstance(ports.ledger());
            bind(ItemPlanRepository.class).toInstance(ports.plans());
            bind(ChangeFeed.class).toInstance(ports.feed());
            bind(EventDecoder.class).toInstance(decoder);
            bind(Clock.class).toInstance(Clock.fixed(AT, ZoneOffset.UTC));
            bind(PolicyDefaults.class).toInstance(PolicyDefaults.standard());
            bind(IntakeSettings.class).toInstance(IntakeSettings.acceptingAllModes());
            bind(IntakeObserver.class).toInstance(IntakeObserver.NONE);

            bind(ReceiveInventoryEventUseCase.class).to(ReceiveInventoryEventService.class);
            bind(GetInventoryItemUseCase.class).to(GetInventoryItemService.class);
            bind(ListInventoryUseCase.class).to(ListInventoryService.class);
            bind(ListMovementsUseCase.class).to(MovementsService.class);
            bind(MarkCorrectionUseCase.class).to(MovementsService.class);
            bind(GetItemPolicyUseCase.class).to(ItemPolicyService.class);
            bind(ChangeItemPolicyUseCase.class).to(ItemPolicyService.class);
            bind(ReorderListUseCase.class).to(ReorderListService.class);
            bind(FollowChangesUseCase.class).to(FollowChangesService.class);
            bind(StockReportsUseCase.class).to(StockReportsService.class);
        }
    }

    @Test
    void a_jsr330_container_wires_every_service_through_its_inject_constructor() {
        Injector injector = Guice.createInjector(new EmbedderModule());
        ReceiveInventoryEventUseCase intake = injector.getInstance(ReceiveInventoryEventUseCase.class);

        intake.receive(new ReceiveEventCommand(queue("CCC", 8, 0, 0)));
        intake.receive(new ReceiveEventCommand(queue("CCC", 3, 8, 60)));

        assertThat(injector.getInstance(GetInventoryItemUseCase.class).get(GetInventoryItemQuery.of(Mode.TEST, "CCC")))
                .get().satisfies(view -> assertThat(view.level().status().name()).isEqualTo("LOW_STOCK"));
        assertThat(injector.getInstance(ListMovementsUseCase.class)
                .movements(new ListMovementsQuery(TestUpdates.key("CCC"), 0, 10)))
                .extracting(line -> line.kind()).containsExactly(MovementKind.RECEIPT, MovementKind.DECREASE);
        assertThat(injector.getInstance(FollowChangesUseCase.class)
                .follow(new FollowChangesQuery(0, 10, Duration.ZERO)).changes())
                .extracting(change -> change.event().kind()).containsExactly(DomainEventKind.BECAME_LOW);
        assertThat(injector.getInstance(ReorderListUseCase.class)
                .reorderList(new ReorderListQuery(Mode.TEST, AT, true, 10))).hasSize(1);
        assertThat(injector.getInstance(StockPorts.class).signal())
                .as("one change signal for the whole embedding, so long-polls wake on intake")
                .isSameAs(injector.getInstance(ChangesSignal.class));
        for (Class<?> useCase : new Class<?>[] {ListInventoryUseCase.class, MarkCorrectionUseCase.class,
            GetItemPolicyUseCase.class, ChangeItemPolicyUseCase.class, StockReportsUseCase.class}) {
            assertThat(injector.getInstance(useCase)).isNotNull();
        }
    }
}
