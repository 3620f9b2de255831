package io.stockkeeper.application.service;

import io.stockkeeper.domain.Mode;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** Which modes this deployment keeps stock for; events of another mode are acknowledged and ignored. */
public record IntakeSettings(Set<Mode> acceptedModes) {

    public IntakeSettings {
        Objects.requireNonNull(acceptedModes, "acceptedModes");
        if (acceptedModes.isEmpty()) {
            throw new IllegalArgumentException("at least one mode must be accepted");
        }
        acceptedModes = Set.copyOf(acceptedModes);
    }

    public static IntakeSettings acceptingAllModes() {
        return new IntakeSettings(EnumSet.allOf(Mode.class));
    }

    public boolean accepts(Mode mode) {
        return acceptedModes.contains(mode);
    }
}
