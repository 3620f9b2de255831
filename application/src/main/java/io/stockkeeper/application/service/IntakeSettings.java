package io.stockkeeper.application.service;

import io.stockkeeper.domain.Mode;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How intake works in this deployment.
 *
 * @param acceptedModes the modes this deployment keeps stock for; events of another mode are acknowledged and
 *     ignored
 * @param maxBatch how many deliveries that arrive together may share one transaction (1: each its own)
 * @param writers how many of those shared transactions may run at once
 */
public record IntakeSettings(Set<Mode> acceptedModes, int maxBatch, int writers) {

    public static final int DEFAULT_MAX_BATCH = 64;
    public static final int DEFAULT_WRITERS = 2;

    public IntakeSettings {
        Objects.requireNonNull(acceptedModes, "acceptedModes");
        if (acceptedModes.isEmpty()) {
            throw new IllegalArgumentException("at least one mode must be accepted");
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("a transaction holds at least one delivery");
        }
        if (writers < 1) {
            throw new IllegalArgumentException("at least one writer must run");
        }
        acceptedModes = Set.copyOf(acceptedModes);
    }

    /** The given modes, with deliveries grouped into shared transactions as by default. */
    public IntakeSettings(Set<Mode> acceptedModes) {
        this(acceptedModes, DEFAULT_MAX_BATCH, DEFAULT_WRITERS);
    }

    public static IntakeSettings acceptingAllModes() {
        return new IntakeSettings(EnumSet.allOf(Mode.class));
    }

    public IntakeSettings withGrouping(int maxBatch, int writers) {
        return new IntakeSettings(acceptedModes, maxBatch, writers);
    }

    public boolean accepts(Mode mode) {
        return acceptedModes.contains(mode);
    }
}
