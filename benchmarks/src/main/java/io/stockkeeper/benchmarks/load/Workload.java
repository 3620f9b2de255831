package io.stockkeeper.benchmarks.load;

import io.stockkeeper.bootstrap.process.InventoryEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;

/**
 * Deliveries as Digital River makes them: changes of many items, some delivered twice (at least once)
 * and some older changes arriving after newer ones (not ordered). Deterministic for a seed, so every
 * receiver measured gets the very same bytes.
 */
public final class Workload {

    /** Share of deliveries that repeat an earlier delivery. */
    static final double DUPLICATES = 0.05;
    /** Share of deliveries that are an older change arriving after a newer change of the same item. */
    static final double OUT_OF_ORDER = 0.05;
    private static final int LATE_BY_AT_MOST = 40;
    private static final long STEP_MILLIS = 10;

    private final int items;
    private final String run;
    private final Random random;
    private final long[] lastQuantity;
    private final boolean[] seen;
    private long clock = Instant.parse("2025-06-01T00:00:00Z").toEpochMilli();
    private long sequence;

    public Workload(int items, long seed) {
        this.items = items;
        this.run = Long.toString(Math.abs(seed) % 1_000_000, 36);
        this.random = new Random(seed);
        this.lastQuantity = new long[items];
        this.seen = new boolean[items];
    }

    public int items() {
        return items;
    }

    /** One first change for every item, in order: creates them all. */
    public List<String> everyItemOnce() {
        List<String> deliveries = new ArrayList<>(items);
        for (int item = 0; item < items; item++) {
            deliveries.add(change(item, clock += STEP_MILLIS));
        }
        return deliveries;
    }

    /** The next {@code count} deliveries: changes of random items, with duplicates and late older changes. */
    public List<String> next(int count) {
        List<String> deliveries = new ArrayList<>(count);
        TreeMap<Integer, List<String>> late = new TreeMap<>();
        while (deliveries.size() < count) {
            java.util.Map.Entry<Integer, List<String>> due = late.firstEntry();
            if (due != null && due.getKey() <= deliveries.size()) {
                late.pollFirstEntry();
                deliveries.addAll(due.getValue());
                continue;
            }
            double draw = random.nextDouble();
            if (draw < DUPLICATES && !deliveries.isEmpty()) {
                deliveries.add(deliveries.get(random.nextInt(Math.max(0, deliveries.size() - 200), deliveries.size())));
                continue;
            }
            int item = random.nextInt(items);
            long at = clock += STEP_MILLIS;
            if (draw < DUPLICATES + OUT_OF_ORDER && seen[item]) {
                // A change between the item's previous one and this one, delivered after this one: stale.
                String older = olderChange(item, at - STEP_MILLIS / 2);
                late.computeIfAbsent(deliveries.size() + 1 + random.nextInt(LATE_BY_AT_MOST), key -> new ArrayList<>())
                        .add(older);
            }
            deliveries.add(change(item, at));
        }
        return deliveries.subList(0, count);
    }

    private String change(int item, long atMillis) {
        long quantity = random.nextInt(1000);
        Long previous = seen[item] ? lastQuantity[item] : null;
        seen[item] = true;
        lastQuantity[item] = quantity;
        return event(item, quantity, previous, atMillis);
    }

    private String olderChange(int item, long atMillis) {
        return event(item, random.nextInt(1000), null, atMillis);
    }

    private String event(int item, long quantity, Long previous, long atMillis) {
        Instant at = Instant.ofEpochMilli(atMillis);
        String id = "bench-" + run + "-" + (sequence++);
        return InventoryEvents.selfManagedUpdated(id, "PART-" + item, quantity, previous, at, at.plusMillis(1));
    }
}
