package io.stockkeeper.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A demand estimate as of the start of {@code day}, over {@code windowDays}: valid for that whole day. */
public record DemandSnapshot(LocalDate day, int windowDays, DemandEstimate estimate) {

    public DemandSnapshot {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(estimate, "estimate");
    }

    public boolean isFor(LocalDate otherDay, int otherWindowDays) {
        return day.equals(otherDay) && windowDays == otherWindowDays;
    }
}
