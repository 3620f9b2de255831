package io.stockkeeper.domain;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Turns a quantity and the backorder flag into a status and a sellable quantity.
 *
 * <ul>
 *   <li>On hand (quantity above the out-of-stock threshold): {@code LOW_STOCK} at or below the low-stock
 *       threshold, {@code IN_STOCK} above it.</li>
 *   <li>Not on hand, backorders allowed and the cap not yet reached: {@code BACKORDER}; otherwise
 *       {@code OUT_OF_STOCK}.</li>
 *   <li>Sellable: without backorders, what lies above the out-of-stock threshold (stop selling early);
 *       with backorders, everything down to minus the cap (the threshold does not apply), or no limit.</li>
 * </ul>
 * Negative quantities (backorders already sold) follow the same rules.
 */
public record AvailabilityPolicy(long lowStockThreshold, long outOfStockThreshold, BackorderCap backorderCap) {

    public AvailabilityPolicy {
        Objects.requireNonNull(backorderCap, "backorderCap");
        if (outOfStockThreshold < 0) {
            throw new IllegalArgumentException("out-of-stock threshold must not be negative, was " + outOfStockThreshold);
        }
        if (lowStockThreshold < outOfStockThreshold) {
            throw new IllegalArgumentException("low-stock threshold (" + lowStockThreshold
                    + ") must not be below the out-of-stock threshold (" + outOfStockThreshold + ")");
        }
    }

    public StockLevel evaluate(long quantity, boolean allowBackOrder) {
        boolean onHand = quantity > outOfStockThreshold;
        if (!allowBackOrder) {
            long sellable = onHand ? quantity - outOfStockThreshold : 0;
            return new StockLevel(onHand ? onHandStatus(quantity) : Availability.OUT_OF_STOCK, OptionalLong.of(sellable));
        }
        OptionalLong sellable = backorderCap.isUnlimited() ? OptionalLong.empty()
                : OptionalLong.of(Math.max(0, saturatedAdd(quantity, backorderCap.units().getAsLong())));
        if (onHand) {
            return new StockLevel(onHandStatus(quantity), sellable);
        }
        boolean canSell = sellable.isEmpty() || sellable.getAsLong() > 0;
        return new StockLevel(canSell ? Availability.BACKORDER : Availability.OUT_OF_STOCK, sellable);
    }

    private Availability onHandStatus(long quantity) {
        return quantity <= lowStockThreshold ? Availability.LOW_STOCK : Availability.IN_STOCK;
    }

    private static long saturatedAdd(long a, long b) {
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
    }
}
