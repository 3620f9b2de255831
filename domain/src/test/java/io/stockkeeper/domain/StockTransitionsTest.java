package io.stockkeeper.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class StockTransitionsTest {

    private static final Instant AT = Instant.parse("2024-02-06T03:07:00Z");
    private static final PolicyDefaults DEFAULTS = PolicyDefaults.standard();

    private static InventoryItem item(long quantity, boolean backorders) {
        return InventoryItem.create(MovementClassificationTest.update(quantity, 0, OptionalLong.empty(), backorders,
                "e"));
    }

    private static List<DomainEventKind> kinds(StockSignals previous, Boolean backordersBefore, InventoryItem item,
            Lifecycle lifecycle, boolean gap) {
        EffectivePolicy policy = new ItemPolicy(lifecycle, null, null, null, null, null, null, null, null)
                .resolve(DEFAULTS);
        ReplenishmentPlan plan = ReplenishmentPlan.of(item.quantity(), new DemandEstimate(2, 1, 28, 56),
                policy.replenishment(), lifecycle);
        return StockTransitions.evaluate(previous, backordersBefore, item, policy, plan, gap, "e", AT).events()
                .stream().map(DomainEvent::kind).toList();
    }

    private static StockSignals was(Availability status, boolean reorder) {
        return new StockSignals(status, reorder);
    }

    @Test
    void selling_out_announces_out_of_stock_and_reorder_once() {
        assertThat(kinds(was(Availability.LOW_STOCK, true), false, item(0, false), Lifecycle.ACTIVE, false))
                .containsExactly(DomainEventKind.WENT_OUT_OF_STOCK);
        assertThat(kinds(was(Availability.IN_STOCK, false), false, item(0, false), Lifecycle.ACTIVE, false))
                .containsExactly(DomainEventKind.WENT_OUT_OF_STOCK, DomainEventKind.REORDER_NEEDED);
        assertThat(kinds(was(Availability.OUT_OF_STOCK, true), false, item(0, false), Lifecycle.ACTIVE, false))
                .isEmpty();
    }

    @Test
    void restocking_announces_back_in_stock_and_dropping_to_the_threshold_announces_low() {
        assertThat(kinds(was(Availability.OUT_OF_STOCK, true), false, item(500, false), Lifecycle.ACTIVE, false))
                .containsExactly(DomainEventKind.BACK_IN_STOCK);
        assertThat(kinds(was(Availability.IN_STOCK, true), false, item(5, false), Lifecycle.ACTIVE, false))
                .containsExactly(DomainEventKind.BECAME_LOW);
        assertThat(kinds(was(Availability.LOW_STOCK, false), false, item(500, false), Lifecycle.ACTIVE, false))
                .containsExactly(DomainEventKind.STATUS_CHANGED);
    }

    @Test
    void switching_backorders_and_a_gap_are_announced() {
        assertThat(kinds(was(Availability.OUT_OF_STOCK, true), false, item(0, true), Lifecycle.ACTIVE, true))
                .containsExactly(DomainEventKind.GAP_DETECTED, DomainEventKind.BACKORDERS_ENABLED,
                        DomainEventKind.STATUS_CHANGED);
        assertThat(kinds(was(Availability.BACKORDER, true), true, item(0, false), Lifecycle.ACTIVE, false))
                .containsExactly(DomainEventKind.BACKORDERS_DISABLED, DomainEventKind.WENT_OUT_OF_STOCK);
    }

    @Test
    void paused_and_discontinued_items_raise_no_stock_out_alert_and_no_reorder() {
        for (Lifecycle quiet : List.of(Lifecycle.PAUSED, Lifecycle.DISCONTINUED)) {
            assertThat(kinds(was(Availability.IN_STOCK, false), false, item(0, false), quiet, false))
                    .containsExactly(DomainEventKind.STATUS_CHANGED);
        }
    }

    @Test
    void a_new_item_announces_only_a_reorder_need() {
        assertThat(kinds(null, null, item(0, false), Lifecycle.ACTIVE, false))
                .containsExactly(DomainEventKind.REORDER_NEEDED);
        assertThat(kinds(null, null, item(500, false), Lifecycle.ACTIVE, false)).isEmpty();
    }
}
