package io.stockkeeper.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stockkeeper.application.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Real-shaped deliveries made from the Digital River fixtures, changed where a test needs it. */
public final class TestEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestEvents() {
    }

    /** A self-managed test-mode change of {@code partNumber} to {@code quantity}, made at {@code at}. */
    public static byte[] stockChange(String id, String partNumber, long quantity, long previousQuantity, Instant at) {
        ObjectNode event = template();
        event.put("id", id);
        event.put("createdTime", at.plusMillis(500).toString());
        ObjectNode object = (ObjectNode) event.path("data").path("object");
        object.put("partNumber", partNumber);
        object.put("quantity", quantity);
        object.put("timestamp", at.toString());
        ((ObjectNode) event.path("data").path("previousAttributes")).put("quantity", previousQuantity);
        return bytes(event);
    }

    /** Authentic, but its inventory object has no part number: intake quarantines it. */
    public static byte[] withoutPartNumber(String id) {
        ObjectNode event = template();
        event.put("id", id);
        ((ObjectNode) event.path("data").path("object")).remove("partNumber");
        return bytes(event);
    }

    private static ObjectNode template() {
        try {
            return (ObjectNode) JSON.readTree(Fixtures.bytes(Fixtures.UPDATED));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] bytes(ObjectNode event) {
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }
}
