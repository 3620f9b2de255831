package io.stockkeeper.application.service;

import static io.stockkeeper.application.testing.TestUpdates.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.stockkeeper.application.port.in.MalformedEventException;
import io.stockkeeper.application.port.in.ReceiveEventCommand;
import io.stockkeeper.application.port.out.DecodedEvent;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.StoreUnavailableException;
import io.stockkeeper.application.testing.PortsUnderTest;
import io.stockkeeper.application.testing.TestUpdates;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.InventoryUpdate;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.ReceivedEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

class ReceiveInventoryEventServiceTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final PortsUnderTest ports = PortsUnderTest.inMemory();

    private static DecodedEvent inventory(InventoryUpdate update) {
        return new DecodedEvent(update.eventId(), "inventory.self_managed_updated", update.key().mode(),
                update.order().createdTime(), update.key().partNumber(), new DecodedEvent.InventoryChange(update));
    }

    private ReceiveInventoryEventService service(Map<String, DecodedEvent> decoded, InventoryItemRepository items,
            IntakeSettings settings) {
        return new ReceiveInventoryEventService(payload -> {
            DecodedEvent event = decoded.get(payload);
            if (event == null) {
                throw new MalformedEventException("unknown payload " + payload);
            }
            return event;
        }, items, ports.events(), ports.transactions(), Clock.fixed(NOW, ZoneOffset.UTC), settings,
                ports.stock());
    }

    @Test
    void an_applied_event_is_stored_with_its_raw_payload_outcome_and_receipt_time() {
        InventoryUpdate change = update("CCC", 5, 0, "e1");
        var intake = service(Map.of("p1", inventory(change)), ports.items(), IntakeSettings.acceptingAllModes());

        assertThat(intake.receive(new ReceiveEventCommand("p1")).outcome()).isEqualTo(EventOutcome.APPLIED);

        ReceivedEvent stored = ports.events().find("e1").orElseThrow();
        assertThat(stored.payload()).isEqualTo("p1");
        assertThat(stored.receivedAt()).isEqualTo(NOW);
        assertThat(stored.mode()).isEqualTo(Mode.TEST);
        assertThat(stored.partNumber().value()).isEqualTo("CCC");
    }

    @Test
    void a_gap_is_applied_and_named_in_the_reason() {
        InventoryUpdate first = update("CCC", 1, 0, "e1");
        InventoryUpdate withGap = new InventoryUpdate(first.key(), update("CCC", 50, 10, "e2").order(), 50,
                first.products(), first.fulfiller(), false, first.managementType(), java.util.OptionalLong.of(2));
        var intake = service(Map.of("p1", inventory(first), "p2", inventory(withGap)), ports.items(),
                IntakeSettings.acceptingAllModes());

        intake.receive(new ReceiveEventCommand("p1"));
        var result = intake.receive(new ReceiveEventCommand("p2"));

        assertThat(result.outcome()).isEqualTo(EventOutcome.APPLIED);
        assertThat(result.reason()).contains("gap").contains("held 1").contains("2");
        assertThat(ports.items().find(first.key())).map(InventoryItem::gapCount).contains(1L);
    }

    @Test
    void a_refused_mode_never_touches_the_items() {
        InventoryItemRepository items = Mockito.mock(InventoryItemRepository.class);
        var intake = service(Map.of("p1", inventory(update("CCC", 5, 0, "e1"))), items,
                new IntakeSettings(Set.of(Mode.LIVE)));

        var result = intake.receive(new ReceiveEventCommand("p1"));

        assertThat(result.outcome()).isEqualTo(EventOutcome.IGNORED);
        verify(items, never()).findAllForUpdate(any());
        verify(items, never()).saveAll(any());
        assertThat(ports.events().find("e1")).map(ReceivedEvent::outcome).contains(EventOutcome.IGNORED);
    }

    @Test
    void when_the_item_cannot_be_stored_nothing_is_kept_and_a_retry_applies() {
        InventoryItemRepository flaky = Mockito.mock(InventoryItemRepository.class, Mockito.withSettings()
                .defaultAnswer(Mockito.CALLS_REAL_METHODS));
        Mockito.when(flaky.findAllForUpdate(any())).thenReturn(Map.of());
        Mockito.doThrow(new StoreUnavailableException("lost", null)).when(flaky).saveAll(any());
        var failing = service(Map.of("p1", inventory(update("CCC", 5, 0, "e1"))), flaky,
                IntakeSettings.acceptingAllModes());

        assertThatThrownBy(() -> failing.receive(new ReceiveEventCommand("p1")))
                .isInstanceOf(StoreUnavailableException.class);
        assertThat(ports.events().find("e1")).isEmpty();

        var healthy = service(Map.of("p1", inventory(update("CCC", 5, 0, "e1"))), ports.items(),
                IntakeSettings.acceptingAllModes());
        assertThat(healthy.receive(new ReceiveEventCommand("p1")).outcome()).isEqualTo(EventOutcome.APPLIED);
        assertThat(ports.items().find(TestUpdates.key("CCC"))).map(InventoryItem::quantity).contains(5L);
    }

    @Test
    void a_malformed_payload_stores_nothing() {
        var intake = service(Map.of(), ports.items(), IntakeSettings.acceptingAllModes());

        assertThatThrownBy(() -> intake.receive(new ReceiveEventCommand("garbage")))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> new ReceiveEventCommand("  ")).isInstanceOf(MalformedEventException.class);
    }
}
