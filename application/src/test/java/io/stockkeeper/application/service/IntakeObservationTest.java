package io.stockkeeper.application.service;

import static io.stockkeeper.application.testing.TestUpdates.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockkeeper.application.port.in.MalformedEventException;
import io.stockkeeper.application.port.in.ReceiveEventCommand;
import io.stockkeeper.application.port.out.DecodedEvent;
import io.stockkeeper.application.port.out.IntakeObservation;
import io.stockkeeper.application.testing.PortsUnderTest;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.InventoryUpdate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Intake tells its observer, once per delivery and after the commit, what became of it. */
class IntakeObservationTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final Map<String, DecodedEvent> decoded = new HashMap<>();
    private final List<IntakeObservation> observed = new ArrayList<>();
    private final PortsUnderTest ports = PortsUnderTest.inMemory();
    private final ReceiveInventoryEventService intake = new ReceiveInventoryEventService(payload -> {
        DecodedEvent event = decoded.get(payload);
        if (event == null) {
            throw new MalformedEventException("not an event");
        }
        return event;
    }, ports.items(), ports.events(), ports.transactions(), Clock.fixed(NOW, ZoneOffset.UTC),
            IntakeSettings.acceptingAllModes(), ports.stock(), observed::add);

    private String register(InventoryUpdate update) {
        decoded.put(update.eventId(), new DecodedEvent(update.eventId(), "inventory.self_managed_updated",
                update.key().mode(), update.order().createdTime(), update.key().partNumber(),
                new DecodedEvent.InventoryChange(update)));
        return update.eventId();
    }

    @Test
    void an_applied_event_is_observed_with_its_type_outcome_and_delivery_lag() {
        InventoryUpdate update = update("CCC", 7, 0, "e1");
        intake.receive(new ReceiveEventCommand(register(update)));

        assertThat(observed).singleElement().satisfies(observation -> {
            assertThat(observation.eventId()).isEqualTo("e1");
            assertThat(observation.eventType()).isEqualTo("inventory.self_managed_updated");
            assertThat(observation.outcome()).isEqualTo(EventOutcome.APPLIED);
            assertThat(observation.gapDetected()).isFalse();
            assertThat(observation.receivedAt()).isEqualTo(NOW);
            assertThat(observation.deliveryLag()).contains(Duration.between(update.order().createdTime(), NOW));
            assertThat(observation.transactionSize()).as("a lone delivery has its own transaction").isEqualTo(1);
        });
    }

    @Test
    void a_change_that_reveals_a_missed_one_is_observed_as_a_gap() {
        intake.receive(new ReceiveEventCommand(register(update("CCC", 7, 0, "e1"))));
        InventoryUpdate next = update("CCC", 9, 10, "e2");
        InventoryUpdate missedOne = new InventoryUpdate(next.key(), next.order(), next.quantity(), next.products(),
                next.fulfiller(), next.allowBackOrder(), next.managementType(), OptionalLong.of(3));
        intake.receive(new ReceiveEventCommand(register(missedOne)));

        assertThat(observed).extracting(IntakeObservation::gapDetected).containsExactly(false, true);
    }

    @Test
    void a_duplicate_and_an_unhandled_type_are_observed_too_but_a_malformed_body_is_not() {
        String id = register(update("CCC", 7, 0, "e1"));
        intake.receive(new ReceiveEventCommand(id));
        intake.receive(new ReceiveEventCommand(id));
        decoded.put("o1", new DecodedEvent("o1", "order.accepted", null, null, null, new DecodedEvent.Unhandled()));
        intake.receive(new ReceiveEventCommand("o1"));
        assertThatThrownBy(() -> intake.receive(new ReceiveEventCommand("garbage")))
                .isInstanceOf(MalformedEventException.class);

        assertThat(observed).extracting(IntakeObservation::outcome)
                .containsExactly(EventOutcome.APPLIED, EventOutcome.DUPLICATE, EventOutcome.IGNORED);
        assertThat(observed.get(2).eventType()).isEqualTo("order.accepted");
        assertThat(observed.get(2).deliveryLag()).isEmpty();
    }
}
