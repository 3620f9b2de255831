package io.stockkeeper.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MovementClassificationTest {

    private static final ItemKey KEY = ItemKey.of(Mode.TEST, "CCC");
    private static final Instant T0 = Instant.parse("2024-02-06T03:07:00Z");

    @ParameterizedTest(name = "{0} -> {1} is {2}")
    @CsvSource({
        "2, 50, RECEIPT",
        "-3, 0, RECEIPT",
        "50, 49, DECREASE",
        "3, 0, DECREASE",
        "9, 0, DECREASE",
        "10, 0, RESET_TO_ZERO",
        "50, 0, RESET_TO_ZERO",
        "0, -2, DECREASE",
        "50, -2, DECREASE",
        "7, 7, POLICY_CHANGE",
    })
    void a_move_is_classified_by_direction_and_the_reset_rule(long from, long to, MovementKind kind) {
        assertThat(MovementKind.classify(from, to, 10)).isEqualTo(kind);
    }

    @Test
    void an_applied_change_appends_one_classified_movement() {
        InventoryItem item = InventoryItem.create(update(50, 0, OptionalLong.empty(), false, "e1"));

        ApplyResult result = item.apply(update(47, 10, OptionalLong.of(50), false, "e2"), 10);

        assertThat(result.movements()).containsExactly(
                new Movement(KEY, 0, MovementKind.DECREASE, -3, 47, "e2", T0.plusSeconds(10), false));
    }

    @Test
    void a_gap_appends_the_unseen_change_first_so_the_ledger_adds_up() {
        InventoryItem item = InventoryItem.create(update(50, 0, OptionalLong.empty(), false, "e1"));

        ApplyResult result = item.apply(update(20, 10, OptionalLong.of(30), false, "e2"), 10);

        assertThat(result.movements()).extracting(Movement::kind, Movement::delta, Movement::quantityAfter)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MovementKind.GAP, -20L, 30L),
                        org.assertj.core.groups.Tuple.tuple(MovementKind.DECREASE, -10L, 20L));
        assertThat(result.movements().stream().mapToLong(Movement::delta).sum()).isEqualTo(20 - 50);
    }

    @Test
    void switching_backorders_without_a_quantity_change_is_a_policy_change() {
        InventoryItem item = InventoryItem.create(update(0, 0, OptionalLong.empty(), false, "e1"));

        ApplyResult result = item.apply(update(0, 10, OptionalLong.empty(), true, "e2"), 10);

        assertThat(result.movements()).extracting(Movement::kind).containsExactly(MovementKind.POLICY_CHANGE);
    }

    @Test
    void the_first_change_explains_its_quantity_from_zero_through_the_previous_one() {
        ApplyResult result = InventoryItem.first(update(50, 0, OptionalLong.of(2), false, "e1"), 10);

        assertThat(result.movements()).extracting(Movement::kind, Movement::quantityAfter).containsExactly(
                org.assertj.core.groups.Tuple.tuple(MovementKind.RECEIPT, 2L),
                org.assertj.core.groups.Tuple.tuple(MovementKind.RECEIPT, 50L));
        assertThat(result.before()).isNull();
        assertThat(result.gap()).isEmpty();
    }

    @Test
    void a_stale_change_appends_nothing() {
        InventoryItem item = InventoryItem.create(update(50, 100, OptionalLong.empty(), false, "e1"));

        assertThat(item.apply(update(1, 10, OptionalLong.empty(), false, "e0"), 10).movements()).isEmpty();
    }

    static InventoryUpdate update(long quantity, long seconds, OptionalLong previous, boolean backorders, String id) {
        Instant at = T0.plusSeconds(seconds);
        return new InventoryUpdate(KEY, new ChangeOrder(at, at, id), quantity, List.of(new Product("1", null)),
                "DR", backorders, ManagementType.SELF_MANAGED, previous);
    }
}
