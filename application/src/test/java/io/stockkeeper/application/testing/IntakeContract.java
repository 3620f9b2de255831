package io.stockkeeper.application.testing;

import static io.stockkeeper.application.testing.TestUpdates.update;
import static org.assertj.core.api.Assertions.assertThat;

import io.stockkeeper.application.port.in.ReceiveEventCommand;
import io.stockkeeper.application.port.in.ReceiveResult;
import io.stockkeeper.application.port.out.DecodedEvent;
import io.stockkeeper.application.service.IntakeSettings;
import io.stockkeeper.application.service.ReceiveInventoryEventService;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.InventoryUpdate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Exactly-once and newest-wins under concurrency, through the real intake service on real ports.
 * The wire format is not under test here: payloads are looked up by id.
 */
public abstract class IntakeContract {

    private static final int THREADS = 8;

    protected PortsUnderTest ports;
    private final Map<String, DecodedEvent> decoded = new ConcurrentHashMap<>();
    private ReceiveInventoryEventService intake;
    private ExecutorService pool;

    protected abstract PortsUnderTest freshPorts();

    @BeforeEach
    void setUpIntake() {
        ports = freshPorts();
        intake = new ReceiveInventoryEventService(decoded::get, ports.items(), ports.events(), ports.transactions(),
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), IntakeSettings.acceptingAllModes(), ports.stock());
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopPool() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }

    private String register(InventoryUpdate update) {
        decoded.put(update.eventId(), new DecodedEvent(update.eventId(), "inventory.self_managed_updated",
                update.key().mode(), update.order().createdTime(), update.key().partNumber(),
                new DecodedEvent.InventoryChange(update)));
        return update.eventId();
    }

    private ReceiveResult receive(String eventId) {
        return intake.receive(new ReceiveEventCommand(eventId));
    }

    private List<ReceiveResult> concurrently(List<String> eventIds) throws Exception {
        CyclicBarrier start = new CyclicBarrier(Math.min(THREADS, eventIds.size()));
        List<Future<ReceiveResult>> futures = new ArrayList<>();
        for (String id : eventIds) {
            futures.add(pool.submit(() -> {
                if (eventIds.indexOf(id) < THREADS) {
                    start.await(10, TimeUnit.SECONDS);
                }
                return receive(id);
            }));
        }
        List<ReceiveResult> results = new ArrayList<>();
        for (Future<ReceiveResult> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    @Test
    void one_event_delivered_on_many_connections_at_once_is_applied_exactly_once() throws Exception {
        String id = register(update("CCC", 7, 0, "evt-same"));

        List<ReceiveResult> results = concurrently(Collections.nCopies(THREADS * 2, id));

        assertThat(results).filteredOn(r -> r.outcome() == EventOutcome.APPLIED).hasSize(1);
        assertThat(results).filteredOn(r -> r.outcome() == EventOutcome.DUPLICATE).hasSize(THREADS * 2 - 1)
                .allSatisfy(r -> assertThat(r.firstOutcome()).isEqualTo(EventOutcome.APPLIED));
        assertThat(ports.items().find(TestUpdates.key("CCC"))).get()
                .satisfies(item -> {
                    assertThat(item.quantity()).isEqualTo(7);
                    assertThat(item.version()).isEqualTo(1);
                });
    }

    @Test
    void changes_of_one_item_arriving_concurrently_in_any_order_end_at_the_newest() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(register(update("HOT", 1000 + i, i, "evt-" + i)));
        }
        Collections.shuffle(ids, new Random(42));
        List<String> deliveries = new ArrayList<>(ids);
        deliveries.addAll(ids.subList(0, 10));

        List<ReceiveResult> results = concurrently(deliveries);

        assertThat(results).extracting(ReceiveResult::outcome)
                .containsOnly(EventOutcome.APPLIED, EventOutcome.STALE, EventOutcome.DUPLICATE);
        assertThat(results).filteredOn(r -> r.outcome() == EventOutcome.DUPLICATE).hasSize(10);
        InventoryItem item = ports.items().find(TestUpdates.key("HOT")).orElseThrow();
        assertThat(item.quantity()).isEqualTo(1039);
        assertThat(item.lastChange().eventId()).isEqualTo("evt-39");
        long applied = results.stream().filter(r -> r.outcome() == EventOutcome.APPLIED).count();
        assertThat(item.version()).isEqualTo(applied);
        for (String id : ids) {
            assertThat(ports.events().find(id)).as("event %s is stored", id).isPresent();
        }
    }

    @Test
    void first_changes_of_many_new_items_at_once_each_create_their_item() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(register(update("NEW-" + (i % 10), i, i, "new-" + i)));
        }

        List<ReceiveResult> results = concurrently(ids);

        assertThat(results).extracting(ReceiveResult::outcome).doesNotContain(EventOutcome.DUPLICATE);
        for (int part = 0; part < 10; part++) {
            assertThat(ports.items().find(TestUpdates.key("NEW-" + part))).get()
                    .extracting(InventoryItem::quantity).isEqualTo((long) part + 20);
        }
    }

    @Test
    void an_older_change_after_a_newer_one_is_stored_as_stale_and_changes_nothing() {
        String newer = register(update("CCC", 50, 100, "newer"));
        String older = register(update("CCC", 2, 10, "older"));

        assertThat(receive(newer).outcome()).isEqualTo(EventOutcome.APPLIED);
        assertThat(receive(older).outcome()).isEqualTo(EventOutcome.STALE);

        assertThat(ports.items().find(TestUpdates.key("CCC"))).get().extracting(InventoryItem::quantity).isEqualTo(50L);
        assertThat(ports.events().find("older")).get().extracting(e -> e.outcome()).isEqualTo(EventOutcome.STALE);
    }
}
