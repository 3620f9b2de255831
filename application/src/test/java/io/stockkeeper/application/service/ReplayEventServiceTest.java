package io.stockkeeper.application.service;

import static io.stockkeeper.application.testing.TestUpdates.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.stockkeeper.application.port.in.EventNotFoundException;
import io.stockkeeper.application.port.in.EventNotReplayableException;
import io.stockkeeper.application.port.in.ReceiveEventCommand;
import io.stockkeeper.application.port.in.ReplayEventCommand;
import io.stockkeeper.application.port.out.DecodedEvent;
import io.stockkeeper.application.port.out.EventDecoder;
import io.stockkeeper.application.testing.PortsUnderTest;
import io.stockkeeper.application.testing.TestUpdates;
import io.stockkeeper.domain.EventOutcome;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.InventoryUpdate;
import io.stockkeeper.domain.ReceivedEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A quarantined event, replayed once its cause is fixed, is applied like a first delivery. */
class ReplayEventServiceTest {

    private final PortsUnderTest ports = PortsUnderTest.inMemory();
    private final InventoryUpdate change = update("CCC", 9, 0, "evt-1");
    private final AtomicBoolean parserFixed = new AtomicBoolean(false);
    private final EventDecoder decoder = payload -> new DecodedEvent(change.eventId(), "inventory.self_managed_updated",
            change.key().mode(), change.order().createdTime(), change.key().partNumber(),
            parserFixed.get() ? new DecodedEvent.InventoryChange(change)
                    : new DecodedEvent.Unprocessable("data.object.quantity is not a whole number"));
    private final ReceiveInventoryEventService intake = new ReceiveInventoryEventService(decoder, ports.items(),
            ports.events(), ports.transactions(), Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
            IntakeSettings.acceptingAllModes(), ports.stock());
    private final ReplayEventService replay = new ReplayEventService(decoder, ports.items(), ports.events(),
            ports.transactions(), IntakeSettings.acceptingAllModes(), ports.stock());

    @Test
    void a_quarantined_event_is_applied_by_replay_once_the_cause_is_fixed() {
        assertThat(intake.receive(new ReceiveEventCommand("{raw}")).outcome()).isEqualTo(EventOutcome.QUARANTINED);
        assertThat(ports.items().find(TestUpdates.key("CCC"))).isEmpty();

        assertThat(replay.replay(new ReplayEventCommand("evt-1")).outcome()).isEqualTo(EventOutcome.QUARANTINED);
        parserFixed.set(true);
        assertThat(replay.replay(new ReplayEventCommand("evt-1")).outcome()).isEqualTo(EventOutcome.APPLIED);

        assertThat(ports.items().find(TestUpdates.key("CCC"))).map(InventoryItem::quantity).contains(9L);
        ReceivedEvent stored = ports.events().find("evt-1").orElseThrow();
        assertThat(stored.outcome()).isEqualTo(EventOutcome.APPLIED);
        assertThat(stored.payload()).isEqualTo("{raw}");
        assertThatThrownBy(() -> replay.replay(new ReplayEventCommand("evt-1")))
                .isInstanceOf(EventNotReplayableException.class).hasMessageContaining("applied");
    }

    @Test
    void a_redelivery_of_a_quarantined_event_is_a_duplicate_not_a_second_chance() {
        intake.receive(new ReceiveEventCommand("{raw}"));
        parserFixed.set(true);

        assertThat(intake.receive(new ReceiveEventCommand("{raw}")).outcome()).isEqualTo(EventOutcome.DUPLICATE);
        assertThat(ports.items().find(TestUpdates.key("CCC"))).isEmpty();
    }

    @Test
    void replaying_an_unknown_event_says_so() {
        assertThatThrownBy(() -> replay.replay(new ReplayEventCommand("nope")))
                .isInstanceOf(EventNotFoundException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> new ReplayEventCommand(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
