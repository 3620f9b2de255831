package io.stockkeeper.application.testing;

import io.stockkeeper.domain.ChangeOrder;
import io.stockkeeper.domain.InventoryUpdate;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ManagementType;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PartNumber;
import io.stockkeeper.domain.Product;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** Builds inventory updates for tests with readable defaults. */
public final class TestUpdates {

    public static final Instant T0 = Instant.parse("2024-02-06T03:07:00.384Z");

    private TestUpdates() {
    }

    public static ItemKey key(String partNumber) {
        return new ItemKey(Mode.TEST, new PartNumber(partNumber));
    }

    /** An update of {@code partNumber} to {@code quantity}, {@code secondsAfterT0} after T0. */
    public static InventoryUpdate update(String partNumber, long quantity, long secondsAfterT0, String eventId) {
        return update(partNumber, quantity, T0.plusSeconds(secondsAfterT0), eventId, OptionalLong.empty(), false);
    }

    /** An update at {@code at}, saying the quantity was {@code previous} before, with the backorder flag. */
    public static InventoryUpdate update(String partNumber, long quantity, Instant at, String eventId,
            OptionalLong previous, boolean allowBackOrder) {
        return new InventoryUpdate(key(partNumber), new ChangeOrder(at, at.plusMillis(500), eventId), quantity,
                List.of(new Product("15116720197", "SKU-" + partNumber)), "DR globalTech", allowBackOrder,
                ManagementType.SELF_MANAGED, previous);
    }
}
