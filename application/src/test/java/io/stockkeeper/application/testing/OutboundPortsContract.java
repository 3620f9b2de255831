package io.stockkeeper.application.testing;

import static io.stockkeeper.application.testing.TestUpdates.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockkeeper.application.port.out.ItemWrite;
import io.stockkeeper.domain.ChangeOrder;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.InventoryUpdate;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ManagementType;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PartNumber;
import io.stockkeeper.domain.Product;
import io.stockkeeper.domain.ReceivedEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every implementation of the item repository, event log and transaction runner must do. Run
 * against the in-memory fakes, H2 and PostgreSQL by subclasses that supply fresh ports.
 */
public abstract class OutboundPortsContract {

    protected PortsUnderTest ports;

    protected abstract PortsUnderTest freshPorts();

    @BeforeEach
    void setUpPorts() {
        ports = freshPorts();
    }

    private <T> T tx(java.util.function.Supplier<T> work) {
        return ports.transactions().inTransaction(work);
    }

    private void save(InventoryItem item) {
        tx(() -> {
            ports.items().save(item);
            return null;
        });
    }

    @Test
    void an_unknown_item_is_not_found() {
        assertThat(ports.items().find(TestUpdates.key("NOPE"))).isEmpty();
    }

    @Test
    void a_stored_item_reads_back_field_for_field() {
        Instant source = Instant.parse("2024-02-06T03:07:00.123456789Z");
        Instant created = Instant.parse("2024-02-06T09:07:01.726302001Z");
        InventoryUpdate first = new InventoryUpdate(new ItemKey(Mode.TEST, new PartNumber("Größe-Ü-日本-ß")),
                new ChangeOrder(source, created, "evt-1"), -3,
                List.of(new Product("151167201971511672019715116720197", null), new Product("2", "SKU-2")),
                null, true, ManagementType.FULFILLER_MANAGED, OptionalLong.empty());
        InventoryItem item = InventoryItem.create(first);

        save(item);

        assertThat(ports.items().find(item.key())).contains(item);
        assertThat(tx(() -> ports.items().findForUpdate(item.key()))).contains(item);
    }

    @Test
    void a_new_version_replaces_the_stored_one_including_its_products() {
        InventoryItem v1 = InventoryItem.create(update("CCC", 1, 0, "e1"));
        save(v1);
        InventoryUpdate second = new InventoryUpdate(v1.key(), new ChangeOrder(Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2025-01-01T00:00:01Z"), "e2"), 50,
                List.of(new Product("9", "NINE")), "Other", false, ManagementType.SELF_MANAGED, OptionalLong.of(1));
        InventoryItem v2 = v1.apply(second).item();

        save(v2);

        assertThat(ports.items().find(v1.key())).contains(v2);
    }

    @Test
    void a_change_read_and_saved_in_one_unit_of_work_keeps_or_replaces_the_products_as_it_says() {
        InventoryItem v1 = InventoryItem.create(update("CCC", 1, 0, "e1"));
        save(v1);
        InventoryItem sameProducts = tx(() -> {
            InventoryItem next = ports.items().findForUpdate(v1.key()).orElseThrow()
                    .apply(update("CCC", 7, 10, "e2")).item();
            ports.items().save(next);
            return next;
        });
        assertThat(ports.items().find(v1.key())).contains(sameProducts);

        InventoryUpdate otherProducts = new InventoryUpdate(v1.key(), new ChangeOrder(TestUpdates.T0.plusSeconds(20),
                TestUpdates.T0.plusSeconds(21), "e3"), 8, List.of(new Product("9", "NINE"), new Product("10", null)), "Other",
                false, ManagementType.SELF_MANAGED, OptionalLong.of(7));
        InventoryItem replaced = tx(() -> {
            InventoryItem next = ports.items().findForUpdate(v1.key()).orElseThrow().apply(otherProducts).item();
            ports.items().save(next);
            return next;
        });
        assertThat(ports.items().find(v1.key())).contains(replaced);
        assertThat(replaced.products()).hasSize(2);
    }

    @Test
    void saving_over_a_version_that_is_no_longer_held_fails_and_keeps_the_stored_item() {
        InventoryItem v1 = InventoryItem.create(update("CCC", 1, 0, "e1"));
        save(v1);
        InventoryItem v2 = v1.apply(update("CCC", 2, 10, "e2")).item();
        save(v2);
        InventoryItem conflicting = v1.apply(update("CCC", 3, 20, "e3")).item();

        assertThatThrownBy(() -> save(conflicting)).isInstanceOf(RuntimeException.class);
        assertThat(ports.items().find(v1.key())).contains(v2);
    }

    @Test
    void many_items_are_read_at_once_and_written_at_once_with_their_products_kept_or_replaced() {
        InventoryItem a1 = InventoryItem.create(update("MANY-A", 1, 0, "a1"));
        InventoryItem b1 = InventoryItem.create(update("MANY-B", 1, 0, "b1"));
        save(a1);
        save(b1);
        InventoryUpdate otherProducts = new InventoryUpdate(b1.key(), new ChangeOrder(TestUpdates.T0.plusSeconds(20),
                TestUpdates.T0.plusSeconds(21), "b2"), 8, List.of(new Product("9", "NINE"), new Product("10", null)),
                "Other", false, ManagementType.SELF_MANAGED, OptionalLong.of(1));

        List<InventoryItem> written = tx(() -> {
            Map<ItemKey, InventoryItem> held = ports.items().findAllForUpdate(
                    List.of(b1.key(), TestUpdates.key("MANY-NEW"), a1.key(), a1.key()));
            assertThat(held).containsOnlyKeys(a1.key(), b1.key());
            // a changed twice in this unit of work, b's products replaced, a new item created
            InventoryItem a3 = held.get(a1.key()).apply(update("MANY-A", 2, 10, "a2")).item()
                    .apply(update("MANY-A", 3, 20, "a3")).item();
            InventoryItem b2 = held.get(b1.key()).apply(otherProducts).item();
            InventoryItem created = InventoryItem.create(update("MANY-NEW", 4, 0, "n1"));
            ports.items().saveAll(List.of(new ItemWrite(held.get(b1.key()), b2), new ItemWrite(null, created),
                    new ItemWrite(held.get(a1.key()), a3)));
            return List.of(a3, b2, created);
        });

        for (InventoryItem item : written) {
            assertThat(ports.items().find(item.key())).contains(item);
        }
        assertThat(ports.items().findByProductId(Mode.TEST, "9")).map(InventoryItem::key).contains(b1.key());
    }

    @Test
    void writing_many_items_over_a_version_that_is_no_longer_held_fails_and_keeps_them_all() {
        InventoryItem a1 = InventoryItem.create(update("MANY-A", 1, 0, "a1"));
        InventoryItem b1 = InventoryItem.create(update("MANY-B", 1, 0, "b1"));
        save(a1);
        save(b1);
        InventoryItem b2 = b1.apply(update("MANY-B", 2, 10, "b2")).item();
        save(b2);

        assertThatThrownBy(() -> tx(() -> {
            ports.items().saveAll(List.of(new ItemWrite(a1, a1.apply(update("MANY-A", 5, 10, "a2")).item()),
                    new ItemWrite(b1, b1.apply(update("MANY-B", 5, 20, "b3")).item())));
            return null;
        })).isInstanceOf(RuntimeException.class);

        assertThat(ports.items().find(a1.key())).contains(a1);
        assertThat(ports.items().find(b1.key())).contains(b2);
    }

    @Test
    void many_events_are_appended_at_once_and_a_taken_id_fails_them_all() {
        tx(() -> {
            ports.events().appendAll(List.of(event("m1", EventOutcome.APPLIED, "{}"),
                    event("m2", EventOutcome.STALE, "{}")));
            return null;
        });
        assertThat(ports.events().outcomesOf(List.of("m1", "m2"))).hasSize(2);

        assertThatThrownBy(() -> tx(() -> {
            ports.events().appendAll(List.of(event("m3", EventOutcome.APPLIED, "{}"),
                    event("m1", EventOutcome.APPLIED, "{}")));
            return null;
        })).isInstanceOf(RuntimeException.class);
        assertThat(ports.events().find("m3")).isEmpty();
    }

    @Test
    void live_and_test_items_with_one_part_number_are_kept_apart() {
        InventoryItem test = InventoryItem.create(update("CCC", 1, 0, "e1"));
        InventoryUpdate liveUpdate = new InventoryUpdate(new ItemKey(Mode.LIVE, new PartNumber("CCC")),
                new ChangeOrder(TestUpdates.T0, TestUpdates.T0, "e2"), 99, List.of(), "DR", false,
                ManagementType.SELF_MANAGED, OptionalLong.empty());
        InventoryItem live = InventoryItem.create(liveUpdate);

        save(test);
        save(live);

        assertThat(ports.items().find(test.key())).map(InventoryItem::quantity).contains(1L);
        assertThat(ports.items().find(live.key())).map(InventoryItem::quantity).contains(99L);
    }

    @Test
    void a_unit_of_work_that_fails_leaves_nothing_behind() {
        InventoryItem item = InventoryItem.create(update("CCC", 1, 0, "e1"));

        assertThatThrownBy(() -> tx(() -> {
            ports.events().append(event("e1", EventOutcome.APPLIED, "{}"));
            ports.items().save(item);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(ports.items().find(item.key())).isEmpty();
        assertThat(ports.events().find("e1")).isEmpty();
    }

    @Test
    void a_stored_event_reads_back_exactly() {
        String payload = "{\"id\":\"e1\",\"partNumber\":\"Größe-日本\",\"emoji\":\"\uD83D\uDCE6\"}";
        ReceivedEvent event = new ReceivedEvent("e1", "inventory.self_managed_updated", Mode.TEST,
                Instant.parse("2024-02-06T09:07:01.726302123Z"), new PartNumber("Größe-日本"),
                Instant.parse("2026-01-01T00:00:00Z"), EventOutcome.APPLIED, "why", payload);

        tx(() -> {
            ports.events().append(event);
            return null;
        });

        assertThat(ports.events().find("e1")).contains(event);
    }

    @Test
    void an_event_without_mode_time_or_part_number_is_stored_too() {
        ReceivedEvent event = new ReceivedEvent("e1", "order.accepted", null, null, null,
                Instant.parse("2026-01-01T00:00:00Z"), EventOutcome.IGNORED, null, "{}");

        tx(() -> {
            ports.events().append(event);
            return null;
        });

        assertThat(ports.events().find("e1")).contains(event);
    }

    @Test
    void an_event_id_is_stored_only_once() {
        tx(() -> {
            ports.events().append(event("e1", EventOutcome.APPLIED, "{\"first\":true}"));
            return null;
        });

        assertThatThrownBy(() -> tx(() -> {
            ports.events().append(event("e1", EventOutcome.STALE, "{\"second\":true}"));
            return null;
        })).isInstanceOf(RuntimeException.class);

        assertThat(ports.events().find("e1")).map(ReceivedEvent::payload).contains("{\"first\":true}");
    }

    @Test
    void the_outcomes_of_many_events_are_read_at_once_and_unknown_ids_are_left_out() {
        tx(() -> {
            ports.events().append(event("e1", EventOutcome.APPLIED, "{}"));
            ports.events().append(event("e2", EventOutcome.STALE, "{}"));
            return null;
        });

        assertThat(ports.events().outcomesOf(List.of("e2", "unknown", "e1")))
                .containsOnly(Map.entry("e1", EventOutcome.APPLIED), Map.entry("e2", EventOutcome.STALE));
        assertThat(ports.events().outcomesOf(List.of())).isEmpty();
    }

    @Test
    void a_replayed_event_gets_its_new_outcome() {
        tx(() -> {
            ports.events().append(event("e1", EventOutcome.QUARANTINED, "{}"));
            return null;
        });
        ReceivedEvent stored = ports.events().find("e1").orElseThrow();

        tx(() -> {
            ports.events().updateOutcome(stored.withOutcome(EventOutcome.APPLIED, null, new PartNumber("CCC"), Mode.TEST));
            return null;
        });

        assertThat(ports.events().find("e1")).get().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(EventOutcome.APPLIED);
            assertThat(event.reason()).isNull();
            assertThat(event.partNumber()).isEqualTo(new PartNumber("CCC"));
        });
    }

    @Test
    void events_are_listed_by_outcome_newest_first_up_to_the_limit() {
        tx(() -> {
            ports.events().append(event("old", EventOutcome.QUARANTINED, "{}", Instant.parse("2026-01-01T00:00:00Z")));
            ports.events().append(event("new", EventOutcome.QUARANTINED, "{}", Instant.parse("2026-01-02T00:00:00Z")));
            ports.events().append(event("mid", EventOutcome.QUARANTINED, "{}", Instant.parse("2026-01-01T12:00:00Z")));
            ports.events().append(event("ok", EventOutcome.APPLIED, "{}", Instant.parse("2026-01-03T00:00:00Z")));
            return null;
        });

        assertThat(ports.events().findByOutcome(EventOutcome.QUARANTINED, 2)).extracting(ReceivedEvent::id)
                .containsExactly("new", "mid");
        assertThat(ports.events().findByOutcome(EventOutcome.APPLIED, 10)).extracting(ReceivedEvent::id)
                .containsExactly("ok");
    }

    @Test
    void a_long_reason_is_kept_in_full_up_to_the_limit() {
        char[] filler = new char[1500];
        Arrays.fill(filler, 'x');
        String reason = new String(filler);
        tx(() -> {
            ports.events().append(new ReceivedEvent("e1", "t", null, null, null, Instant.parse("2026-01-01T00:00:00Z"),
                    EventOutcome.QUARANTINED, reason, "{}"));
            return null;
        });

        assertThat(ports.events().find("e1")).map(ReceivedEvent::reason).contains(reason);
    }

    protected static ReceivedEvent event(String id, EventOutcome outcome, String payload) {
        return event(id, outcome, payload, Instant.parse("2026-01-01T00:00:00Z"));
    }

    protected static ReceivedEvent event(String id, EventOutcome outcome, String payload, Instant receivedAt) {
        return new ReceivedEvent(id, "inventory.self_managed_updated", Mode.TEST, TestUpdates.T0,
                new PartNumber("CCC"), receivedAt, outcome, null, payload);
    }
}
