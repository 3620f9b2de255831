package io.stockkeeper.bootstrap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.stockkeeper.application.port.out.IntakeObservation;
import io.stockkeeper.bootstrap.observability.IntakeMetrics;
import io.stockkeeper.domain.EventOutcome;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The event type is the sender's word: it becomes a label, but never an unbounded number of series. */
class IntakeMetricsTest {

    @Test
    void event_types_beyond_the_first_64_are_counted_as_other() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        IntakeMetrics metrics = new IntakeMetrics(registry);

        for (int i = 0; i < 100; i++) {
            metrics.received(new IntakeObservation("e" + i, "made.up_" + i, EventOutcome.IGNORED, false, null,
                    Instant.EPOCH, Duration.ZERO, 1));
        }
        metrics.received(new IntakeObservation("again", "made.up_0", EventOutcome.IGNORED, false, null,
                Instant.EPOCH, Duration.ZERO, 1));

        assertThat(registry.find("stockkeeper.events.received").counters()).hasSize(65);
        assertThat(registry.get("stockkeeper.events.received").tag("type", "other").counter().count()).isEqualTo(36);
        assertThat(registry.get("stockkeeper.events.received").tag("type", "made.up_0").counter().count())
                .isEqualTo(2);
    }
}
