package io.stockkeeper.application.testing;

import static io.stockkeeper.application.testing.TestUpdates.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockkeeper.application.port.in.ReceiveEventCommand;
import io.stockkeeper.application.port.in.ReceiveResult;
import io.stockkeeper.application.port.out.DecodedEvent;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ItemWrite;
import io.stockkeeper.application.port.out.TransactionRunner;
import io.stockkeeper.application.service.IntakeSettings;
import io.stockkeeper.application.service.ReceiveInventoryEventService;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.InventoryUpdate;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.Mode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
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

    /**
     * An intake with one writer whose first transaction waits until the given number of deliveries queued behind
     * it, so that those share the next transaction; {@code items} stands for the item repository.
     */
    private ReceiveInventoryEventService gatedIntake(InventoryItemRepository items, CountingGate gate) {
        return new ReceiveInventoryEventService(decoded::get, items, ports.events(), gate,
                Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
                IntakeSettings.acceptingAllModes().withGrouping(64, 1), ports.stock());
    }

    /** Counts units of work; holds the first one until {@link #open()}. */
    private final class CountingGate implements TransactionRunner {
        private final CountDownLatch opened = new CountDownLatch(1);
        private final AtomicInteger started = new AtomicInteger();

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (started.incrementAndGet() == 1) {
                try {
                    opened.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return ports.transactions().inTransaction(work);
        }

        void open() {
            opened.countDown();
        }
    }

    /** Delivers the first id, then the others while the first one's transaction is held, then lets it commit. */
    private List<Future<ReceiveResult>> deliverBehindOne(ReceiveInventoryEventService gated, CountingGate gate,
            String firstId, List<String> ids) throws Exception {
        List<Future<ReceiveResult>> futures = new ArrayList<>();
        futures.add(pool.submit(() -> gated.receive(new ReceiveEventCommand(firstId))));
        waitUntil(() -> gate.started.get() == 1);
        for (String id : ids) {
            int queued = gated.waiting();
            futures.add(pool.submit(() -> gated.receive(new ReceiveEventCommand(id))));
            waitUntil(() -> gated.waiting() == queued + 1); // one at a time: the queue keeps the order of arrival
        }
        gate.open();
        return futures;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the deliveries did not queue within 30 s");
            }
            Thread.sleep(1);
        }
    }

    @Test
    void deliveries_that_arrive_together_share_one_transaction_with_the_same_outcomes_as_one_by_one() throws Exception {
        String stored = register(update("BAT-A", 10, 0, "bat-stored"));
        assertThat(receive(stored).outcome()).isEqualTo(EventOutcome.APPLIED);
        String first = register(update("BAT-B", 5, 0, "bat-first"));
        String newer = register(update("BAT-A", 30, 20, "bat-newer"));
        String older = register(update("BAT-A", 20, 10, "bat-older"));
        String created = register(update("BAT-C", 3, 0, "bat-created"));
        CountingGate gate = new CountingGate();
        ReceiveInventoryEventService gated = gatedIntake(ports.items(), gate);

        // In one batch: a new change of a known item, an older one after it, a repeat of an event already stored,
        // a new item and two copies of one event.
        List<Future<ReceiveResult>> futures = deliverBehindOne(gated, gate, first,
                List.of(newer, older, stored, created, created));
        List<ReceiveResult> results = new ArrayList<>();
        for (Future<ReceiveResult> future : futures) {
            results.add(future.get(30, TimeUnit.SECONDS));
        }

        assertThat(gate.started).as("the five queued deliveries shared one transaction").hasValue(2);
        assertThat(results).extracting(ReceiveResult::outcome).containsExactly(EventOutcome.APPLIED,
                EventOutcome.APPLIED, EventOutcome.STALE, EventOutcome.DUPLICATE, EventOutcome.APPLIED,
                EventOutcome.DUPLICATE);
        assertThat(results.get(3).firstOutcome()).isEqualTo(EventOutcome.APPLIED);
        assertThat(results.get(5).firstOutcome()).isEqualTo(EventOutcome.APPLIED);
        assertThat(ports.items().find(TestUpdates.key("BAT-A"))).get().satisfies(item -> {
            assertThat(item.quantity()).isEqualTo(30);
            assertThat(item.version()).isEqualTo(2);
        });
        assertThat(ports.items().find(TestUpdates.key("BAT-C"))).get().extracting(InventoryItem::quantity)
                .isEqualTo(3L);
        assertThat(ports.events().find(older)).get().extracting(e -> e.outcome()).isEqualTo(EventOutcome.STALE);
        assertThat(ports.events().outcomesOf(List.of(stored, first, newer, older, created, "never-sent")))
                .containsOnlyKeys(stored, first, newer, older, created);
    }

    @Test
    void a_delivery_that_fails_in_a_shared_transaction_fails_alone_and_leaves_nothing_behind() throws Exception {
        String first = register(update("ISO-A", 1, 0, "iso-first"));
        String good1 = register(update("ISO-B", 2, 0, "iso-good-1"));
        String bad = register(update("ISO-BAD", 3, 0, "iso-bad"));
        String good2 = register(update("ISO-C", 4, 0, "iso-good-2"));
        CountingGate gate = new CountingGate();
        InventoryItemRepository failing = new FailingFor(ports.items(), TestUpdates.key("ISO-BAD"));
        ReceiveInventoryEventService gated = gatedIntake(failing, gate);

        List<Future<ReceiveResult>> futures = deliverBehindOne(gated, gate, first, List.of(good1, bad, good2));

        assertThat(futures.get(0).get(30, TimeUnit.SECONDS).outcome()).isEqualTo(EventOutcome.APPLIED);
        assertThat(futures.get(1).get(30, TimeUnit.SECONDS).outcome()).isEqualTo(EventOutcome.APPLIED);
        assertThatThrownBy(() -> futures.get(2).get(30, TimeUnit.SECONDS))
                .hasRootCauseMessage("cannot store ISO-BAD");
        assertThat(futures.get(3).get(30, TimeUnit.SECONDS).outcome()).isEqualTo(EventOutcome.APPLIED);
        assertThat(ports.items().find(TestUpdates.key("ISO-B"))).isPresent();
        assertThat(ports.items().find(TestUpdates.key("ISO-C"))).isPresent();
        assertThat(ports.items().find(TestUpdates.key("ISO-BAD"))).isEmpty();
        assertThat(ports.events().find(bad)).as("the failed delivery is not acknowledged as stored").isEmpty();
        assertThat(ports.events().outcomesOf(List.of(good1, good2))).containsOnlyKeys(good1, good2);
    }

    /** The real repository, except that saving one item fails as a broken store would. */
    private record FailingFor(InventoryItemRepository real, ItemKey broken) implements InventoryItemRepository {
        @Override
        public Optional<InventoryItem> find(ItemKey key) {
            return real.find(key);
        }

        @Override
        public Optional<InventoryItem> findForUpdate(ItemKey key) {
            return real.findForUpdate(key);
        }

        @Override
        public void save(InventoryItem item) {
            if (item.key().equals(broken)) {
                throw new IllegalStateException("cannot store " + broken.partNumber());
            }
            real.save(item);
        }

        @Override
        public Map<ItemKey, InventoryItem> findAllForUpdate(java.util.Collection<ItemKey> keys) {
            return real.findAllForUpdate(keys);
        }

        @Override
        public void saveAll(List<ItemWrite> writes) {
            if (writes.stream().anyMatch(write -> write.after().key().equals(broken))) {
                throw new IllegalStateException("cannot store " + broken.partNumber());
            }
            real.saveAll(writes);
        }

        @Override
        public Optional<InventoryItem> findByProductId(Mode mode, String productId) {
            return real.findByProductId(mode, productId);
        }

        @Override
        public List<InventoryItem> list(Mode mode, String fulfiller, String afterPartNumber, int limit) {
            return real.list(mode, fulfiller, afterPartNumber, limit);
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
