package io.stockkeeper.application.testing;

import static io.stockkeeper.application.testing.TestUpdates.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockkeeper.domain.Availability;
import io.stockkeeper.domain.BackorderCap;
import io.stockkeeper.domain.Change;
import io.stockkeeper.domain.DemandEstimate;
import io.stockkeeper.domain.DemandSnapshot;
import io.stockkeeper.domain.DomainEvent;
import io.stockkeeper.domain.DomainEventKind;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPlan;
import io.stockkeeper.domain.ItemPolicy;
import io.stockkeeper.domain.Lifecycle;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.Movement;
import io.stockkeeper.domain.MovementKind;
import io.stockkeeper.domain.StockSignals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the ledger, the item plans, the changes feed and the item listing must do, on every store. */
public abstract class StockPortsContract {

    private static final Instant T = Instant.parse("2024-02-06T00:00:00Z");

    protected PortsUnderTest ports;

    protected abstract PortsUnderTest freshPorts();

    @BeforeEach
    void setUpPorts() {
        ports = freshPorts();
    }

    private <T> T tx(Supplier<T> work) {
        return ports.transactions().inTransaction(work);
    }

    private InventoryItem stored(String partNumber, long quantity) {
        InventoryItem item = InventoryItem.create(update(partNumber, quantity, 0, "create-" + partNumber));
        tx(() -> {
            ports.items().save(item);
            return null;
        });
        return item;
    }

    private void append(Movement... lines) {
        tx(() -> {
            ports.ledger().append(List.of(lines));
            return null;
        });
    }

    private static Movement line(ItemKey key, MovementKind kind, long from, long to, String at) {
        return Movement.of(key, kind, from, to, "e-" + at, Instant.parse(at));
    }

    @Test
    void ledger_lines_read_back_in_order_with_their_sequence() {
        ItemKey key = stored("CCC", 0).key();
        append(line(key, MovementKind.RECEIPT, 0, 50, "2024-02-06T01:00:00Z"),
                line(key, MovementKind.DECREASE, 50, 47, "2024-02-06T02:00:00.123456789Z"));
        append(new Movement(key, 0, MovementKind.POLICY_CHANGE, 0, 47, null, Instant.parse("2024-02-06T03:00:00Z"),
                false));

        List<Movement> lines = ports.ledger().page(key, 0, 10);

        assertThat(lines).extracting(Movement::kind).containsExactly(MovementKind.RECEIPT, MovementKind.DECREASE,
                MovementKind.POLICY_CHANGE);
        assertThat(lines.get(1)).isEqualTo(new Movement(key, lines.get(1).sequence(), MovementKind.DECREASE, -3, 47,
                "e-2024-02-06T02:00:00.123456789Z", Instant.parse("2024-02-06T02:00:00.123456789Z"), false));
        assertThat(lines.get(0).sequence()).isLessThan(lines.get(1).sequence());
        assertThat(ports.ledger().page(key, lines.get(0).sequence(), 1)).containsExactly(lines.get(1));
        assertThat(ports.ledger().find(key, lines.get(2).sequence())).contains(lines.get(2));
    }

    @Test
    void history_is_the_range_plus_the_line_it_starts_from() {
        ItemKey key = stored("CCC", 0).key();
        ItemKey other = stored("DDD", 0).key();
        append(line(key, MovementKind.RECEIPT, 0, 10, "2024-02-01T00:00:00Z"),
                line(key, MovementKind.DECREASE, 10, 8, "2024-02-02T00:00:00Z"),
                line(other, MovementKind.RECEIPT, 0, 5, "2024-02-02T12:00:00Z"),
                line(key, MovementKind.DECREASE, 8, 7, "2024-02-03T00:00:00Z"),
                line(key, MovementKind.DECREASE, 7, 6, "2024-02-04T00:00:00Z"));

        List<Movement> history = ports.ledger().history(key, Instant.parse("2024-02-03T00:00:00Z"),
                Instant.parse("2024-02-04T00:00:00Z"));
        Map<ItemKey, List<Movement>> all = ports.ledger().historyOfMode(Mode.TEST,
                Instant.parse("2024-02-03T00:00:00Z"), Instant.parse("2024-02-04T00:00:00Z"));

        assertThat(history).extracting(Movement::quantityAfter).containsExactly(8L, 7L);
        assertThat(all).containsEntry(key, history);
        assertThat(all.get(other)).extracting(Movement::quantityAfter).containsExactly(5L);
        assertThat(ports.ledger().historyOfMode(Mode.LIVE, T, T)).isEmpty();
    }

    @Test
    void a_line_can_be_marked_as_a_correction_and_unmarked() {
        ItemKey key = stored("CCC", 0).key();
        append(line(key, MovementKind.DECREASE, 10, 2, "2024-02-01T00:00:00Z"));
        long sequence = ports.ledger().page(key, 0, 1).get(0).sequence();

        assertThat(tx(() -> ports.ledger().markCorrection(key, sequence, true))).isTrue();
        assertThat(ports.ledger().find(key, sequence)).get().extracting(Movement::correction).isEqualTo(true);
        assertThat(tx(() -> ports.ledger().markCorrection(key, sequence, false))).isTrue();
        assertThat(ports.ledger().find(key, sequence)).get().extracting(Movement::correction).isEqualTo(false);
        assertThat(tx(() -> ports.ledger().markCorrection(key, sequence + 1000, true))).isFalse();
    }

    @Test
    void a_plan_reads_back_exactly_with_every_setting_and_signal() {
        ItemKey key = stored("CCC", 0).key();
        ItemPlan plan = new ItemPlan(key, new ItemPolicy(Lifecycle.PAUSED, 7L, 1L, BackorderCap.unlimited(), 4.5, 0.75,
                0.975, 12L, 10.0), new StockSignals(Availability.LOW_STOCK, true),
                new DemandSnapshot(LocalDate.parse("2024-02-06"), 28, new DemandEstimate(3.25, 1.0 / 3, 27, 88)));
        ItemPlan inherited = ItemPlan.fresh(key).withPolicy(new ItemPolicy(Lifecycle.ACTIVE, null, null,
                BackorderCap.of(0), null, null, null, null, null));

        tx(() -> {
            ports.plans().save(plan);
            return null;
        });
        assertThat(ports.plans().find(key)).contains(plan);

        tx(() -> {
            ports.plans().save(inherited);
            return null;
        });
        assertThat(ports.plans().find(key)).contains(inherited);
        assertThat(ports.plans().findAll(List.of(key, TestUpdates.key("NOPE")))).containsOnlyKeys(key);
        assertThat(ports.plans().findByMode(Mode.TEST)).containsOnlyKeys(key);
        assertThat(ports.plans().findByMode(Mode.LIVE)).isEmpty();
    }

    @Test
    void feed_positions_follow_one_another_from_one() {
        tx(() -> {
            ports.feed().append(List.of(event("A", DomainEventKind.WENT_OUT_OF_STOCK, null),
                    event("A", DomainEventKind.REORDER_NEEDED, 0L)));
            return null;
        });
        tx(() -> {
            ports.feed().append(List.of(event("B", DomainEventKind.BACK_IN_STOCK, 12L)));
            return null;
        });

        assertThat(ports.feed().after(0, 10)).extracting(Change::position).containsExactly(1L, 2L, 3L);
        assertThat(ports.feed().after(1, 1)).singleElement().satisfies(change ->
                assertThat(change.event()).isEqualTo(event("A", DomainEventKind.REORDER_NEEDED, 0L)));
        assertThat(ports.feed().after(3, 10)).isEmpty();
        assertThat(ports.feed().after(0, 10).get(0).event().sellableQuantity()).isNull();
    }

    @Test
    void a_unit_of_work_that_fails_leaves_no_line_no_change_and_no_used_position() {
        ItemKey key = stored("CCC", 0).key();

        assertThatThrownBy(() -> tx(() -> {
            ports.ledger().append(List.of(line(key, MovementKind.RECEIPT, 0, 5, "2024-02-01T00:00:00Z")));
            ports.feed().append(List.of(event("CCC", DomainEventKind.BACK_IN_STOCK, 5L)));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        tx(() -> {
            ports.feed().append(List.of(event("CCC", DomainEventKind.BECAME_LOW, 5L)));
            return null;
        });

        assertThat(ports.ledger().page(key, 0, 10)).isEmpty();
        assertThat(ports.feed().after(0, 10)).extracting(Change::position).containsExactly(1L);
    }

    @Test
    void items_are_listed_in_part_number_order_by_page_and_found_by_product_id() {
        for (String part : List.of("B", "A", "D", "C")) {
            stored(part, 1);
        }

        assertThat(ports.items().list(Mode.TEST, null, null, 2)).extracting(i -> i.key().partNumber().value())
                .containsExactly("A", "B");
        assertThat(ports.items().list(Mode.TEST, null, "B", 10)).extracting(i -> i.key().partNumber().value())
                .containsExactly("C", "D");
        assertThat(ports.items().list(Mode.TEST, "DR globalTech", null, 10)).hasSize(4)
                .allSatisfy(item -> assertThat(item.products()).hasSize(1));
        assertThat(ports.items().list(Mode.TEST, "nobody", null, 10)).isEmpty();
        assertThat(ports.items().list(Mode.LIVE, null, null, 10)).isEmpty();
        assertThat(ports.items().findByProductId(Mode.TEST, "15116720197")).get()
                .extracting(i -> i.key().partNumber().value()).isEqualTo("A");
        assertThat(ports.items().findByProductId(Mode.TEST, "nope")).isEmpty();
    }

    /**
     * Many writers publish at once, each holding its transaction open a little after taking positions,
     * while a follower reads after its cursor. The follower must see every position exactly once, in
     * order: no position may become visible after a higher one was read.
     */
    @Test
    void a_follower_misses_and_repeats_nothing_while_writers_publish_concurrently() throws Exception {
        int writers = 6;
        int perWriter = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            Future<List<Long>> follower = pool.submit(() -> {
                List<Long> seen = new ArrayList<>();
                long cursor = 0;
                while (true) {
                    boolean last = !writing.get();
                    List<Change> changes = ports.feed().after(cursor, 50);
                    for (Change change : changes) {
                        seen.add(change.position());
                        cursor = change.position();
                    }
                    if (last && changes.isEmpty()) {
                        return seen;
                    }
                }
            });
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String part = "W" + w;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        tx(() -> {
                            ports.feed().append(List.of(event(part, DomainEventKind.BECAME_LOW, 1L)));
                            pauseBriefly();
                            return null;
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(120, TimeUnit.SECONDS);
            }
            writing.set(false);
            List<Long> seen = follower.get(60, TimeUnit.SECONDS);

            List<Long> expected = new ArrayList<>();
            for (long p = 1; p <= (long) writers * perWriter; p++) {
                expected.add(p);
            }
            assertThat(seen).containsExactlyElementsOf(expected);
        } finally {
            writing.set(false);
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static void pauseBriefly() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DomainEvent event(String part, DomainEventKind kind, Long sellable) {
        return new DomainEvent(TestUpdates.key(part), kind, Availability.LOW_STOCK, sellable, 3, "evt-" + part, T);
    }
}
