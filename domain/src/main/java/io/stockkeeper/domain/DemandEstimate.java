package io.stockkeeper.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Daily demand of one item: mean and sample standard deviation of units sold per day, over the days of
 * a window that count. A day counts when the item existed at its start and never stood at or below
 * zero during it (a day out of stock hides demand). Units sold are {@link Movement#demandUnits()}:
 * receipts, resets, gaps, policy changes and corrections are not demand. Days are UTC days.
 */
public record DemandEstimate(double meanDaily, double stdDevDaily, int countedDays, long units) {

    public static final DemandEstimate NONE = new DemandEstimate(0, 0, 0, 0);

    public DemandEstimate {
        if (!(meanDaily >= 0) || !(stdDevDaily >= 0) || countedDays < 0 || units < 0) {
            throw new IllegalArgumentException("demand must not be negative");
        }
    }

    /**
     * Estimates demand over the {@code windowDays} full days before {@code day}. {@code history} holds the
     * item's ledger lines before {@code day}, including at least the last one before the window (the
     * quantity the window starts from); order does not matter.
     */
    public static DemandEstimate over(List<Movement> history, LocalDate day, int windowDays) {
        LocalDate firstDay = day.minusDays(windowDays);
        List<Movement> lines = new ArrayList<>(history);
        lines.sort(Comparator.comparing(Movement::sourceTime).thenComparingLong(Movement::sequence));
        int index = 0;
        Long quantity = null;
        while (index < lines.size() && dayOf(lines.get(index).sourceTime()).isBefore(firstDay)) {
            quantity = lines.get(index++).quantityAfter();
        }
        List<Long> samples = new ArrayList<>(windowDays);
        for (LocalDate current = firstDay; current.isBefore(day); current = current.plusDays(1)) {
            boolean excluded = quantity == null || quantity <= 0;
            long sold = 0;
            while (index < lines.size() && dayOf(lines.get(index).sourceTime()).equals(current)) {
                Movement line = lines.get(index++);
                sold += line.demandUnits();
                quantity = line.quantityAfter();
                excluded |= quantity <= 0;
            }
            if (!excluded) {
                samples.add(sold);
            }
        }
        return of(samples);
    }

    /** Mean and sample standard deviation (n − 1) of daily units sold. */
    public static DemandEstimate of(List<Long> dailyUnits) {
        int n = dailyUnits.size();
        if (n == 0) {
            return NONE;
        }
        long total = 0;
        for (long units : dailyUnits) {
            total += units;
        }
        double mean = (double) total / n;
        double squares = 0;
        for (long units : dailyUnits) {
            squares += (units - mean) * (units - mean);
        }
        double stdDev = n < 2 ? 0 : Math.sqrt(squares / (n - 1));
        return new DemandEstimate(mean, stdDev, n, total);
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
