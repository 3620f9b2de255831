package io.stockkeeper.benchmarks;

import io.stockkeeper.benchmarks.load.LoadResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Medians over the rounds of one measurement, and how they are printed. */
final class Medians {

    private Medians() {
    }

    static double of(List<LoadResult> results, ToDoubleFunction<LoadResult> value) {
        List<Double> values = new ArrayList<>();
        results.forEach(result -> values.add(value.applyAsDouble(result)));
        return median(values);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    static String rates(List<LoadResult> results) {
        List<String> rates = new ArrayList<>();
        results.forEach(result -> rates.add(String.format(Locale.ROOT, "%.0f", result.eventsPerSecond())));
        return String.join(" / ", rates);
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
