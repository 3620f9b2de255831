package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.AvailabilityCounts;
import io.stockkeeper.application.port.in.CountItemsByAvailabilityUseCase;
import io.stockkeeper.application.port.out.InventoryScan;
import io.stockkeeper.domain.Availability;
import io.stockkeeper.domain.Mode;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;

/** Counts by asking each item its availability, so that the count follows the domain's policy exactly. */
public final class CountItemsByAvailabilityService implements CountItemsByAvailabilityUseCase {

    private final InventoryScan scan;

    @Inject
    public CountItemsByAvailabilityService(InventoryScan scan) {
        this.scan = scan;
    }

    @Override
    public AvailabilityCounts count() {
        Map<Mode, Map<Availability, Long>> counts = new EnumMap<>(Mode.class);
        scan.forEachItem(item -> counts.computeIfAbsent(item.key().mode(), mode -> new EnumMap<>(Availability.class))
                .merge(item.availability(), 1L, Long::sum));
        return new AvailabilityCounts(counts);
    }
}
