package io.stockkeeper.bootstrap.observability;

import io.stockkeeper.application.port.out.IntakeObservation;
import io.stockkeeper.application.port.out.IntakeObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * One INFO line per delivery intake took: event id, type, outcome, duration, and the delivery lag and
 * gap when there is one. As key-value pairs, so that the JSON format carries them as fields. Never the
 * payload.
 */
public final class DeliveryLog implements IntakeObserver {

    private static final Logger LOG = LoggerFactory.getLogger("io.stockkeeper.delivery");

    @Override
    public void received(IntakeObservation observation) {
        LoggingEventBuilder line = LOG.atInfo().setMessage("delivery")
                .addKeyValue("event", observation.eventId())
                .addKeyValue("type", observation.eventType())
                .addKeyValue("outcome", observation.outcome().wireName())
                .addKeyValue("durationMs", observation.elapsed().toMillis());
        observation.deliveryLag().ifPresent(lag -> line.addKeyValue("lagMs", lag.toMillis()));
        if (observation.gapDetected()) {
            line.addKeyValue("gap", true);
        }
        line.log();
    }
}
