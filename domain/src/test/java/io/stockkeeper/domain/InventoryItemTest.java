package io.stockkeeper.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class InventoryItemTest {

    private static final ItemKey CCC = new ItemKey(Mode.TEST, new PartNumber("CCC"));
    private static final Instant T = Instant.parse("2024-02-06T03:07:00.384Z");

    private static InventoryUpdate update(long quantity, Instant source, Instant created, String id,
            OptionalLong previous) {
        return new InventoryUpdate(CCC, new ChangeOrder(source, created, id), quantity,
                List.of(new Product("15116720197", null)), "DR globalTech", false, ManagementType.SELF_MANAGED,
                previous);
    }

    private static InventoryUpdate update(long quantity, long secondsAfterT, String id) {
        return update(quantity, T.plusSeconds(secondsAfterT), T.plusSeconds(secondsAfterT), id, OptionalLong.empty());
    }

    @Test
    void the_first_change_creates_the_item_at_version_one_without_a_gap() {
        InventoryItem item = InventoryItem.create(update(1, T, T, "e1", OptionalLong.of(0)));

        assertThat(item.quantity()).isEqualTo(1);
        assertThat(item.version()).isEqualTo(1);
        assertThat(item.gapCount()).isZero();
        assertThat(item.lastChange().eventId()).isEqualTo("e1");
    }

    @Test
    void quantity_is_a_snapshot_it_is_set_never_added() {
        InventoryItem item = InventoryItem.create(update(10, 0, "e1"));

        ApplyResult result = item.apply(update(4, 60, "e2"));

        assertThat(result.applied()).isTrue();
        assertThat(result.item().quantity()).isEqualTo(4);
        assertThat(result.item().version()).isEqualTo(2);
        assertThat(result.before()).isSameAs(item);
    }

    @Test
    void an_older_change_is_stale_and_changes_nothing() {
        InventoryItem item = InventoryItem.create(update(50, 100, "newer"));

        ApplyResult result = item.apply(update(2, 10, "older"));

        assertThat(result.stale()).isTrue();
        assertThat(result.item()).isSameAs(item);
        assertThat(result.gap()).isEmpty();
    }

    @Test
    void the_same_change_again_is_stale() {
        InventoryUpdate change = update(50, 100, "e1");
        InventoryItem item = InventoryItem.create(change);

        assertThat(item.apply(change).stale()).isTrue();
    }

    @Test
    void with_equal_source_timestamps_the_later_created_event_wins() {
        InventoryItem item = InventoryItem.create(update(1, T, T.plusMillis(5), "b", OptionalLong.empty()));

        assertThat(item.apply(update(2, T, T.plusMillis(4), "z", OptionalLong.empty())).stale()).isTrue();
        assertThat(item.apply(update(3, T, T.plusMillis(6), "a", OptionalLong.empty())).applied()).isTrue();
    }

    @Test
    void with_equal_timestamps_the_event_id_decides() {
        InventoryItem item = InventoryItem.create(update(1, T, T, "b", OptionalLong.empty()));

        assertThat(item.apply(update(2, T, T, "a", OptionalLong.empty())).stale()).isTrue();
        assertThat(item.apply(update(3, T, T, "c", OptionalLong.empty())).applied()).isTrue();
    }

    @Test
    void nanoseconds_order_changes() {
        InventoryItem item = InventoryItem.create(update(1, T, T.plusNanos(1), "x", OptionalLong.empty()));

        assertThat(item.apply(update(2, T, T.plusNanos(2), "a", OptionalLong.empty())).applied()).isTrue();
    }

    @Test
    void a_previous_quantity_that_differs_from_the_held_one_is_a_gap_and_is_counted() {
        InventoryItem item = InventoryItem.create(update(1, 0, "e1"));

        ApplyResult result = item.apply(update(50, T.plusSeconds(10), T.plusSeconds(10), "e2", OptionalLong.of(2)));

        assertThat(result.gap()).contains(new Gap(1, 2));
        assertThat(result.gap().orElseThrow().missedDelta()).isEqualTo(1);
        assertThat(result.item().gapCount()).isEqualTo(1);
        assertThat(result.item().quantity()).isEqualTo(50);
    }

    @Test
    void a_matching_previous_quantity_is_no_gap() {
        InventoryItem item = InventoryItem.create(update(2, 0, "e1"));

        ApplyResult result = item.apply(update(50, T.plusSeconds(10), T.plusSeconds(10), "e2", OptionalLong.of(2)));

        assertThat(result.gap()).isEmpty();
        assertThat(result.item().gapCount()).isZero();
    }

    @Test
    void an_update_for_another_item_is_refused() {
        InventoryItem item = InventoryItem.create(update(2, 0, "e1"));
        InventoryUpdate live = new InventoryUpdate(new ItemKey(Mode.LIVE, new PartNumber("CCC")),
                new ChangeOrder(T.plusSeconds(5), T.plusSeconds(5), "e2"), 1, List.of(), null, false,
                ManagementType.SELF_MANAGED, OptionalLong.empty());

        assertThatThrownBy(() -> item.apply(live)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void part_numbers_are_kept_exactly_and_reject_blanks_and_control_characters() {
        assertThat(new PartNumber(" Größe-日本 ").value()).isEqualTo(" Größe-日本 ");
        assertThatThrownBy(() -> new PartNumber("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartNumber("a\u0000b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartNumber("x".repeat(256))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modes_parse_from_their_wire_names() {
        assertThat(Mode.parse("LIVE")).isEqualTo(Mode.LIVE);
        assertThat(Mode.parse(" test ")).isEqualTo(Mode.TEST);
        assertThat(Mode.ofLiveMode(false)).isEqualTo(Mode.TEST);
        assertThatThrownBy(() -> Mode.parse("prod")).hasMessageContaining("live").hasMessageContaining("test");
    }
}
