package io.stockkeeper.bootstrap.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.stockkeeper.adapters.http.webhook.WebhookObserver;
import io.stockkeeper.application.port.out.IntakeObservation;
import io.stockkeeper.application.port.out.IntakeObserver;
import java.time.Duration;

/**
 * Counts and times deliveries: what intake made of them (by event type and outcome, gaps, delivery
 * lag) and how the HTTP edge answered (latency by status, rejections by reason, signature failures).
 */
public final class IntakeMetrics implements IntakeObserver, WebhookObserver {

    /** Event types get their own series up to this many; later new ones count as "other". */
    static final int MAX_EVENT_TYPES = 64;
    static final String OTHER_TYPE = "other";

    private final MeterRegistry registry;
    private final java.util.Set<String> eventTypes = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Counter gaps;
    private final Counter signatureFailures;
    private final Timer lag;
    private final DistributionSummary transactionSizes;

    public IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.gaps = Counter.builder("stockkeeper.gaps.detected")
                .description("Changes that revealed an earlier change we never received").register(registry);
        this.signatureFailures = Counter.builder("stockkeeper.signature.failures")
                .description("Deliveries whose DigitalRiver-Signature did not verify").register(registry);
        this.lag = Timer.builder("stockkeeper.delivery.lag")
                .description("Time from Digital River creating an event (createdTime) to our storing it")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofDays(3))
                .register(registry);
        this.transactionSizes = DistributionSummary.builder("stockkeeper.intake.transaction.deliveries")
                .description("How many deliveries shared the transaction of each delivery (1: a transaction of its"
                        + " own; ADR 0104)")
                .register(registry);
    }

    @Override
    public void received(IntakeObservation observation) {
        Counter.builder("stockkeeper.events.received")
                .description("Deliveries taken by intake, by event type and outcome")
                .tag("type", typeTag(observation.eventType()))
                .tag("outcome", observation.outcome().wireName())
                .register(registry)
                .increment();
        if (observation.gapDetected()) {
            gaps.increment();
        }
        transactionSizes.record(observation.transactionSize());
        // A sender clock ahead of ours gives a negative lag: counted as none rather than dropped.
        observation.deliveryLag().ifPresent(value -> lag.record(value.isNegative() ? Duration.ZERO : value));
    }

    /**
     * The type as a label, bounded: the type comes from the sender, and each distinct label value is a
     * series kept for the life of the process.
     */
    private String typeTag(String type) {
        if (eventTypes.contains(type)) {
            return type;
        }
        if (type.length() <= 100 && eventTypes.size() < MAX_EVENT_TYPES) {
            eventTypes.add(type);
            return type;
        }
        return OTHER_TYPE;
    }

    @Override
    public void answered(int status, Duration elapsed) {
        Timer.builder("stockkeeper.intake.latency")
                .description("Time from a delivery arriving to its answer, by HTTP status")
                .tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry)
                .record(elapsed);
    }

    @Override
    public void rejected(String reason, int status) {
        Counter.builder("stockkeeper.events.rejected")
                .description("Deliveries refused before or by intake, by reason")
                .tag("reason", reason)
                .register(registry)
                .increment();
        if (INVALID_SIGNATURE.equals(reason)) {
            signatureFailures.increment();
        }
    }
}
