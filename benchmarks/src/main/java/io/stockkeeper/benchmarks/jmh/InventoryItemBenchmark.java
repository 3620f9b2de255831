package io.stockkeeper.benchmarks.jmh;

import io.stockkeeper.domain.ApplyResult;
import io.stockkeeper.domain.AvailabilityPolicy;
import io.stockkeeper.domain.ChangeOrder;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.InventoryUpdate;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ManagementType;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PolicyDefaults;
import io.stockkeeper.domain.Product;
import io.stockkeeper.domain.StockLevel;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The domain's per-event work: applying a snapshot to an item (newer, stale, with a gap), creating an
 * item from its first change, and computing what it may sell. Its cost should be negligible next to
 * one database round trip (tens of microseconds).
 */
@State(Scope.Thread)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class InventoryItemBenchmark {

    private static final AvailabilityPolicy POLICY = PolicyDefaults.standard().availability();

    private static final ItemKey KEY = ItemKey.of(Mode.TEST, "CCC");
    private static final Instant AT = Instant.parse("2024-02-06T03:07:00.384Z");

    private InventoryItem held;
    private InventoryItem backordered;
    private InventoryUpdate newer;
    private InventoryUpdate newerWithGap;
    private InventoryUpdate older;

    @Setup
    public void setUp() {
        held = InventoryItem.create(update(AT, "first", 50, OptionalLong.empty(), false));
        backordered = InventoryItem.create(update(AT, "zero", 0, OptionalLong.empty(), true));
        newer = update(AT.plusSeconds(60), "newer", 49, OptionalLong.of(50), false);
        newerWithGap = update(AT.plusSeconds(60), "gap", 10, OptionalLong.of(42), false);
        older = update(AT.minusSeconds(60), "older", 7, OptionalLong.of(8), false);
    }

    private static InventoryUpdate update(Instant at, String eventId, long quantity, OptionalLong previous,
            boolean backorders) {
        return new InventoryUpdate(KEY, new ChangeOrder(at, at.plusMillis(1342), eventId), quantity,
                List.of(new Product("15116720197", null), new Product("15116730001", "SKU-1")), "DR globalTech",
                backorders, ManagementType.SELF_MANAGED, previous);
    }

    @Benchmark
    public ApplyResult applyNewerChange() {
        return held.apply(newer);
    }

    @Benchmark
    public ApplyResult applyNewerChangeWithGap() {
        return held.apply(newerWithGap);
    }

    @Benchmark
    public ApplyResult applyStaleChange() {
        return held.apply(older);
    }

    @Benchmark
    public InventoryItem createFromFirstChange() {
        return InventoryItem.create(newer);
    }

    @Benchmark
    public StockLevel availabilityInStock() {
        return held.stockLevel(POLICY);
    }

    @Benchmark
    public StockLevel availabilityBackorder() {
        return backordered.stockLevel(POLICY);
    }
}
