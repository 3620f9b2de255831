package io.stockkeeper.domain;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One snapshot of an item as Digital River reported it: quantity is set, never added.
 * {@code previousQuantity} is what the sender believed the quantity was before this change, when it said.
 */
public record InventoryUpdate(
        ItemKey key,
        ChangeOrder order,
        long quantity,
        List<Product> products,
        String fulfiller,
        boolean allowBackOrder,
        ManagementType managementType,
        OptionalLong previousQuantity) {

    public static final int MAX_FULFILLER_LENGTH = 1000;

    public InventoryUpdate {
        Objects.requireNonNull(key, "key");
        if (fulfiller != null && fulfiller.length() > MAX_FULFILLER_LENGTH) {
            throw new IllegalArgumentException("fulfiller is longer than " + MAX_FULFILLER_LENGTH + " characters");
        }
        Texts.requireStorable(fulfiller, "fulfiller");
        Objects.requireNonNull(order, "order");
        products = List.copyOf(Objects.requireNonNull(products, "products"));
        Objects.requireNonNull(managementType, "managementType");
        Objects.requireNonNull(previousQuantity, "previousQuantity");
    }

    public String eventId() {
        return order.eventId();
    }
}
