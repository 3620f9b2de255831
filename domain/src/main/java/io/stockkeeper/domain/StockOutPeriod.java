package io.stockkeeper.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A stretch of time an item had nothing on hand (quantity at or below zero), from the ledger line that
 * took it there to the one that brought stock back; {@code end} is null while it lasts.
 */
public record StockOutPeriod(Instant start, Instant end) {

    public StockOutPeriod {
        Objects.requireNonNull(start, "start");
    }

    /** Its length up to {@code now} when it has not ended. */
    public Duration length(Instant now) {
        return Duration.between(start, end == null ? now : end);
    }

    /** The stock-out periods in an item's ledger, oldest first. */
    public static List<StockOutPeriod> in(List<Movement> ledger) {
        List<StockOutPeriod> periods = new ArrayList<>();
        Instant start = null;
        for (Movement line : chronological(ledger)) {
            boolean out = line.quantityAfter() <= 0;
            if (out && start == null) {
                start = line.sourceTime();
            } else if (!out && start != null) {
                periods.add(new StockOutPeriod(start, line.sourceTime()));
                start = null;
            }
        }
        if (start != null) {
            periods.add(new StockOutPeriod(start, null));
        }
        return periods;
    }

    /** The quantity at {@code at} (after every line up to and including it); empty before the first line. */
    public static OptionalLong quantityAt(List<Movement> ledger, Instant at) {
        OptionalLong quantity = OptionalLong.empty();
        for (Movement line : chronological(ledger)) {
            if (line.sourceTime().isAfter(at)) {
                break;
            }
            quantity = OptionalLong.of(line.quantityAfter());
        }
        return quantity;
    }

    private static List<Movement> chronological(List<Movement> ledger) {
        List<Movement> lines = new ArrayList<>(ledger);
        lines.sort(Comparator.comparing(Movement::sourceTime).thenComparingLong(Movement::sequence));
        return lines;
    }
}
