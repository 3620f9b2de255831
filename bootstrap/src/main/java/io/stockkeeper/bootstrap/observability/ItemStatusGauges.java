package io.stockkeeper.bootstrap.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.stockkeeper.application.port.in.AvailabilityCounts;
import io.stockkeeper.application.port.in.CountItemsByAvailabilityUseCase;
import io.stockkeeper.domain.Availability;
import io.stockkeeper.domain.Mode;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code stockkeeper_items{mode,status}}: how many items are in each availability status, counted
 * afresh for each scrape. When the count fails (the database is down) the last values stay and the
 * scrape still answers: readiness reports the outage.
 */
public final class ItemStatusGauges {

    private static final Logger LOG = LoggerFactory.getLogger(ItemStatusGauges.class);

    private final CountItemsByAvailabilityUseCase counter;
    private final Map<Mode, Map<Availability, AtomicLong>> values = new EnumMap<>(Mode.class);

    public ItemStatusGauges(CountItemsByAvailabilityUseCase counter, MeterRegistry registry) {
        this.counter = counter;
        for (Mode mode : Mode.values()) {
            Map<Availability, AtomicLong> perStatus = new EnumMap<>(Availability.class);
            for (Availability status : Availability.values()) {
                AtomicLong value = new AtomicLong();
                perStatus.put(status, value);
                Gauge.builder("stockkeeper.items", value, AtomicLong::get)
                        .description("Inventory items by mode and availability status")
                        .tag("mode", mode.wireName())
                        .tag("status", status.name())
                        .register(registry);
            }
            values.put(mode, perStatus);
        }
    }

    public void refresh() {
        try {
            AvailabilityCounts counts = counter.count();
            values.forEach((mode, perStatus) ->
                    perStatus.forEach((status, value) -> value.set(counts.count(mode, status))));
        } catch (RuntimeException e) {
            LOG.warn("could not count items by availability for the metrics: {}", e.toString());
        }
    }
}
