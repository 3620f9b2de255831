package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.Availability;
import io.stockkeeper.domain.Mode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** Item counts per mode and availability; every combination is present, zero when no item has it. */
public record AvailabilityCounts(Map<Mode, Map<Availability, Long>> counts) {

    public AvailabilityCounts {
        Objects.requireNonNull(counts, "counts");
        Map<Mode, Map<Availability, Long>> complete = new EnumMap<>(Mode.class);
        for (Mode mode : Mode.values()) {
            Map<Availability, Long> perStatus = new EnumMap<>(Availability.class);
            for (Availability status : Availability.values()) {
                perStatus.put(status, counts.getOrDefault(mode, Map.of()).getOrDefault(status, 0L));
            }
            complete.put(mode, Map.copyOf(perStatus));
        }
        counts = Map.copyOf(complete);
    }

    public long count(Mode mode, Availability status) {
        return counts.get(mode).get(status);
    }
}
