package io.stockkeeper.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockkeeper.application.port.in.ChangeItemPolicyCommand;
import io.stockkeeper.application.port.in.ChangesPage;
import io.stockkeeper.application.port.in.FollowChangesQuery;
import io.stockkeeper.application.port.in.GetInventoryItemQuery;
import io.stockkeeper.application.port.in.InventoryPage;
import io.stockkeeper.application.port.in.ItemNotFoundException;
import io.stockkeeper.application.port.in.ListInventoryQuery;
import io.stockkeeper.application.port.in.ListMovementsQuery;
import io.stockkeeper.application.port.in.MarkCorrectionCommand;
import io.stockkeeper.application.port.in.ReorderLine;
import io.stockkeeper.application.port.in.ReorderListQuery;
import io.stockkeeper.application.testing.Brain;
import io.stockkeeper.application.testing.PortsUnderTest;
import io.stockkeeper.application.testing.TestUpdates;
import io.stockkeeper.domain.Availability;
import io.stockkeeper.domain.Change;
import io.stockkeeper.domain.DomainEventKind;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPolicy;
import io.stockkeeper.domain.Lifecycle;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.Movement;
import io.stockkeeper.domain.MovementKind;
import io.stockkeeper.domain.PolicyDefaults;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The stock use cases together, on the in-memory ports: what a merchant and a sales channel see. */
class InventoryBrainTest {

    private static final Instant DAY1 = Instant.parse("2024-03-01T10:00:00Z");
    private final Brain brain = new Brain(PortsUnderTest.inMemory(), PolicyDefaults.standard());
    private long previous = 0;
    private int counter = 0;

    private EventOutcome sell(String part, long to, Instant at) {
        return deliver(part, to, at, false);
    }

    private EventOutcome deliver(String part, long to, Instant at, boolean backorders) {
        EventOutcome outcome = brain.receive(TestUpdates.update(part, to, at, "e" + (++counter),
                OptionalLong.of(previous), backorders)).outcome();
        previous = to;
        return outcome;
    }

    private List<DomainEventKind> feed() {
        return brain.changes.follow(new FollowChangesQuery(0, 1000, Duration.ZERO)).changes().stream()
                .map(change -> change.event().kind()).toList();
    }

    private List<Movement> ledger(String part) {
        return brain.movements.movements(new ListMovementsQuery(TestUpdates.key(part), 0, 1000));
    }

    @Test
    void each_applied_change_appends_movements_and_each_crossing_one_change_on_the_feed() {
        sell("CCC", 50, DAY1);
        sell("CCC", 4, DAY1.plusSeconds(60));
        sell("CCC", 0, DAY1.plusSeconds(120));
        sell("CCC", 0, DAY1.plusSeconds(180));
        deliver("CCC", 0, DAY1.plusSeconds(240), true);
        sell("CCC", 30, DAY1.plusSeconds(300));

        assertThat(ledger("CCC")).extracting(Movement::kind).containsExactly(MovementKind.RECEIPT,
                MovementKind.DECREASE, MovementKind.DECREASE, MovementKind.POLICY_CHANGE, MovementKind.POLICY_CHANGE,
                MovementKind.RECEIPT);
        assertThat(ledger("CCC").stream().mapToLong(Movement::delta).sum()).isEqualTo(30);
        assertThat(feed()).containsExactly(DomainEventKind.BECAME_LOW, DomainEventKind.WENT_OUT_OF_STOCK,
                DomainEventKind.BACKORDERS_ENABLED, DomainEventKind.STATUS_CHANGED, DomainEventKind.BACKORDERS_DISABLED,
                DomainEventKind.BACK_IN_STOCK);
        assertThat(brain.items.get(GetInventoryItemQuery.of(Mode.TEST, "CCC"))).get()
                .satisfies(view -> assertThat(view.level().status()).isEqualTo(Availability.IN_STOCK));
    }

    @Test
    void duplicates_and_stale_changes_append_nothing() {
        sell("CCC", 50, DAY1);
        brain.receive(TestUpdates.update("CCC", 50, DAY1, "e1", OptionalLong.of(0), false));
        brain.receive(TestUpdates.update("CCC", 1, DAY1.minusSeconds(60), "old", OptionalLong.empty(), false));

        assertThat(ledger("CCC")).hasSize(1);
    }

    @Test
    void a_gap_is_a_ledger_line_and_a_change_on_the_feed() {
        sell("CCC", 50, DAY1);
        previous = 40;
        sell("CCC", 38, DAY1.plusSeconds(60));

        assertThat(ledger("CCC")).extracting(Movement::kind, Movement::delta).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MovementKind.RECEIPT, 50L),
                org.assertj.core.groups.Tuple.tuple(MovementKind.GAP, -10L),
                org.assertj.core.groups.Tuple.tuple(MovementKind.DECREASE, -2L));
        assertThat(feed()).containsExactly(DomainEventKind.GAP_DETECTED);
    }

    @Test
    void a_policy_change_is_validated_recorded_and_re_evaluated() {
        sell("CCC", 8, DAY1);
        ItemKey key = TestUpdates.key("CCC");
        brain.clock.set(DAY1.plusSeconds(3600));

        assertThatThrownBy(() -> brain.policies.change(new ChangeItemPolicyCommand(key,
                new ItemPolicy(Lifecycle.ACTIVE, 1L, 3L, null, null, null, null, null, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> brain.policies.change(new ChangeItemPolicyCommand(TestUpdates.key("NOPE"),
                ItemPolicy.inheritAll()))).isInstanceOf(ItemNotFoundException.class);
        brain.policies.change(new ChangeItemPolicyCommand(key,
                new ItemPolicy(Lifecycle.ACTIVE, 10L, null, null, null, null, null, null, null)));

        assertThat(brain.policies.policy(key).effective().availability().lowStockThreshold()).isEqualTo(10);
        assertThat(ledger("CCC")).extracting(Movement::kind).containsExactly(MovementKind.RECEIPT,
                MovementKind.POLICY_CHANGE);
        assertThat(feed()).containsExactly(DomainEventKind.BECAME_LOW);
    }

    @Test
    void paused_and_discontinued_items_raise_no_stock_out_alert_and_no_reorder_suggestion() {
        sell("CCC", 100, DAY1.minus(Duration.ofDays(10)));
        for (int day = 9; day >= 1; day--) {
            sell("CCC", previous - 10, DAY1.minus(Duration.ofDays(day)));
        }
        brain.policies.change(new ChangeItemPolicyCommand(TestUpdates.key("CCC"),
                new ItemPolicy(Lifecycle.DISCONTINUED, null, null, null, null, null, null, null, null)));
        long cursor = brain.changes.follow(new FollowChangesQuery(0, 1000, Duration.ZERO)).next();

        sell("CCC", 0, DAY1);

        assertThat(brain.changes.follow(new FollowChangesQuery(cursor, 1000, Duration.ZERO)).changes())
                .extracting(change -> change.event().kind()).containsExactly(DomainEventKind.STATUS_CHANGED);
        assertThat(brain.reorderList.reorderList(new ReorderListQuery(Mode.TEST, DAY1.plusSeconds(1), false, 100)))
                .isEmpty();
    }

    @Test
    void steady_sales_put_an_item_on_the_reorder_list_and_a_correction_takes_its_demand_out() {
        sell("FAST", 500, DAY1.minus(Duration.ofDays(15)));
        for (int day = 14; day >= 1; day--) {
            sell("FAST", previous - 30, DAY1.minus(Duration.ofDays(day)));
        }
        previous = 0;
        sell("SLOW", 500, DAY1.minus(Duration.ofDays(15)));
        for (int day = 14; day >= 1; day--) {
            sell("SLOW", previous - 1, DAY1.minus(Duration.ofDays(day)));
        }

        List<ReorderLine> lines = brain.reorderList.reorderList(new ReorderListQuery(Mode.TEST, DAY1, false, 100));

        assertThat(lines).extracting(line -> line.key().partNumber().value()).containsExactly("FAST");
        assertThat(lines.get(0).plan().demand().meanDaily()).isEqualTo(30.0);
        assertThat(lines.get(0).reason()).contains("at or below reorder point");
        assertThat(feed()).contains(DomainEventKind.REORDER_NEEDED);

        for (Movement line : ledger("FAST")) {
            if (line.kind() == MovementKind.DECREASE) {
                brain.movements.mark(new MarkCorrectionCommand(line.key(), line.sequence(), true));
            }
        }
        assertThat(brain.reorderList.reorderList(new ReorderListQuery(Mode.TEST, DAY1, false, 100))).isEmpty();
    }

    @Test
    void items_are_listed_by_status_and_lifecycle_a_page_at_a_time() {
        for (String part : List.of("A", "B", "C", "D", "E")) {
            previous = 0;
            sell(part, part.equals("B") || part.equals("D") ? 0 : 100, DAY1);
        }
        brain.policies.change(new ChangeItemPolicyCommand(TestUpdates.key("E"),
                new ItemPolicy(Lifecycle.PAUSED, null, null, null, null, null, null, null, null)));

        InventoryPage first = brain.list.list(new ListInventoryQuery(Mode.TEST, null, null, null, null, 2));
        InventoryPage second = brain.list.list(new ListInventoryQuery(Mode.TEST, null, null, null, first.nextAfter(), 2));
        InventoryPage last = brain.list.list(new ListInventoryQuery(Mode.TEST, null, null, null, second.nextAfter(), 2));

        assertThat(first.items()).extracting(v -> v.item().key().partNumber().value()).containsExactly("A", "B");
        assertThat(second.items()).extracting(v -> v.item().key().partNumber().value()).containsExactly("C", "D");
        assertThat(last.items()).extracting(v -> v.item().key().partNumber().value()).containsExactly("E");
        assertThat(last.nextAfter()).isNull();
        assertThat(brain.list.list(new ListInventoryQuery(Mode.TEST, Availability.OUT_OF_STOCK, null, null, null, 1)))
                .satisfies(page -> {
                    assertThat(page.items()).extracting(v -> v.item().key().partNumber().value()).containsExactly("B");
                    assertThat(page.nextAfter()).isEqualTo("B");
                });
        assertThat(brain.list.list(new ListInventoryQuery(Mode.TEST, null, null, Lifecycle.PAUSED, null, 10)).items())
                .extracting(v -> v.item().key().partNumber().value()).containsExactly("E");
    }

    @Test
    void a_waiting_follower_gets_the_change_as_soon_as_it_is_committed() throws Exception {
        sell("CCC", 50, DAY1);
        CompletableFuture<ChangesPage> waiting = CompletableFuture.supplyAsync(() ->
                brain.changes.follow(new FollowChangesQuery(0, 10, Duration.ofSeconds(30))));

        sell("CCC", 0, DAY1.plusSeconds(60));

        ChangesPage page = waiting.get(20, TimeUnit.SECONDS);
        assertThat(page.changes()).extracting(Change::position).containsExactly(1L);
        assertThat(page.next()).isEqualTo(1);
        assertThat(brain.changes.follow(new FollowChangesQuery(page.next(), 10, Duration.ZERO)).changes()).isEmpty();
    }

    @Test
    void stock_out_periods_and_point_in_time_quantities_come_from_the_ledger() {
        sell("CCC", 5, DAY1);
        sell("CCC", 0, DAY1.plusSeconds(3600));
        sell("CCC", 9, DAY1.plusSeconds(7200));

        assertThat(brain.reports.stockOutPeriods(TestUpdates.key("CCC"))).singleElement()
                .satisfies(period -> assertThat(period.length(Instant.MAX)).isEqualTo(Duration.ofHours(1)));
        assertThat(brain.reports.quantityAt(TestUpdates.key("CCC"), DAY1.plusSeconds(3700))).hasValue(0);
        assertThat(brain.reports.quantityAt(TestUpdates.key("CCC"), DAY1.minusSeconds(1))).isEmpty();
    }
}
