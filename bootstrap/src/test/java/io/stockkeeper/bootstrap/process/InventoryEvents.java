package io.stockkeeper.bootstrap.process;

import java.time.Instant;
import java.util.Locale;

/**
 * Builds {@code inventory.self_managed_updated} deliveries shaped like Digital River's, for load and
 * crash tests that need many distinct events. Part numbers and ids must be plain text (no quotes).
 */
public final class InventoryEvents {

    private InventoryEvents() {
    }

    /**
     * One change of a test-mode item. {@code previousQuantity} is what the sender believed before; null
     * leaves {@code previousAttributes} empty.
     */
    public static String selfManagedUpdated(String eventId, String partNumber, long quantity, Long previousQuantity,
            Instant sourceTimestamp, Instant createdTime) {
        String previous = previousQuantity == null ? "{}" : "{\"quantity\":" + previousQuantity + "}";
        return String.format(Locale.ROOT, "{\"id\":\"%s\",\"type\":\"inventory.self_managed_updated\",\"data\":"
                        + "{\"object\":{\"quantity\":%d,\"timestamp\":\"%s\",\"products\":[{\"externalReferenceId\":"
                        + "null,\"productId\":\"%s\"}],\"eventType\":\"inventory.self_managed_updated\","
                        + "\"partNumber\":\"%s\",\"fulfiller\":\"DR globalTech\",\"allowBackOrder\":false,"
                        + "\"inventoryManagement\":\"Self Managed\"},\"previousAttributes\":%s},"
                        + "\"liveMode\":false,\"createdTime\":\"%s\"}",
                eventId, quantity, sourceTimestamp, productId(partNumber), partNumber, previous, createdTime);
    }

    /** A stable, digits-only product id derived from the part number, as Digital River's are. */
    static String productId(String partNumber) {
        return Long.toString(15_000_000_000L + (partNumber.hashCode() & 0x7fffffffL));
    }
}
