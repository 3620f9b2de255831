package io.stockkeeper.adapters.http.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.stockkeeper.application.port.in.MalformedEventException;
import io.stockkeeper.application.port.out.DecodedEvent;
import io.stockkeeper.application.port.out.EventDecoder;
import io.stockkeeper.domain.ChangeOrder;
import io.stockkeeper.domain.InventoryUpdate;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ManagementType;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PartNumber;
import io.stockkeeper.domain.Product;
import io.stockkeeper.domain.Texts;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Reads Digital River's event JSON leniently: unknown fields are ignored, product ids may be strings or
 * numbers of any length, timestamps carry 0 to 9 fraction digits with {@code Z} or an offset. An event
 * without an id or type is malformed (400); an inventory event whose object cannot be used is
 * {@link DecodedEvent.Unprocessable} (quarantined, 202).
 */
public final class JacksonEventDecoder implements EventDecoder {

    public static final String SELF_MANAGED = "inventory.self_managed_updated";
    public static final String FULFILLER_MANAGED = "inventory.fulfiller_managed_updated";
    private static final Map<String, ManagementType> INVENTORY_TYPES =
            Map.of(SELF_MANAGED, ManagementType.SELF_MANAGED, FULFILLER_MANAGED, ManagementType.FULFILLER_MANAGED);
    static final int MAX_ID_LENGTH = 255;
    /** Inventory changes happen in our lifetime; far-off dates are typos, and stores order instants within this span. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    private final ObjectMapper mapper;

    public JacksonEventDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public DecodedEvent decode(String payload) {
        JsonNode root = parse(payload);
        String id = requiredEnvelopeText(root, "id");
        String type = requiredEnvelopeText(root, "type");
        JsonNode liveMode = root.path("liveMode");
        Mode mode = liveMode.isBoolean() ? Mode.ofLiveMode(liveMode.booleanValue()) : null;
        Instant createdTime = instantOrNull(root.path("createdTime"));
        JsonNode object = root.path("data").path("object");
        PartNumber partNumber = partNumberOrNull(object.path("partNumber"));

        ManagementType managementType = INVENTORY_TYPES.get(type);
        if (managementType == null) {
            return new DecodedEvent(id, type, mode, createdTime, partNumber, new DecodedEvent.Unhandled());
        }
        DecodedEvent.Content content;
        try {
            content = new DecodedEvent.InventoryChange(inventoryUpdate(root, id, mode, createdTime, managementType));
        } catch (Unusable | IllegalArgumentException e) {
            content = new DecodedEvent.Unprocessable(e.getMessage());
        }
        return new DecodedEvent(id, type, mode, createdTime, partNumber, content);
    }

    private JsonNode parse(String payload) {
        JsonNode root;
        try {
            // A byte order mark is allowed before JSON text by some senders; it is not part of the value.
            root = mapper.readTree(payload.startsWith("\uFEFF") ? payload.substring(1) : payload);
        } catch (JacksonException e) {
            throw new MalformedEventException("the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEventException("the body is not a JSON object");
        }
        return root;
    }

    private static String requiredEnvelopeText(JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.textValue().isBlank()) {
            throw new MalformedEventException("the event has no string '" + field + "'");
        }
        String value = node.textValue();
        if (value.length() > MAX_ID_LENGTH) {
            throw new MalformedEventException("the event's '" + field + "' is longer than " + MAX_ID_LENGTH
                    + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new MalformedEventException("the event's '" + field + "' contains control characters");
        }
        try {
            Texts.requireStorable(value, "the event's '" + field + "'");
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(e.getMessage());
        }
        return value;
    }

    private static InventoryUpdate inventoryUpdate(JsonNode root, String id, Mode mode, Instant createdTime,
            ManagementType managementType) {
        if (mode == null) {
            throw new Unusable("liveMode is missing or not a boolean");
        }
        if (createdTime == null) {
            throw new Unusable("createdTime is missing, not an ISO-8601 timestamp, or outside " + EARLIEST + " to "
                    + LATEST);
        }
        JsonNode object = root.path("data").path("object");
        if (!object.isObject()) {
            throw new Unusable("data.object is missing or not an object");
        }
        JsonNode partNumberNode = object.path("partNumber");
        if (!partNumberNode.isTextual()) {
            throw new Unusable("data.object.partNumber is missing or not a string");
        }
        PartNumber partNumber = new PartNumber(partNumberNode.textValue());
        long quantity = wholeNumber(object.path("quantity"), "data.object.quantity");
        Instant timestamp = instantOrNull(object.path("timestamp"));
        if (timestamp == null) {
            throw new Unusable("data.object.timestamp is missing, not an ISO-8601 timestamp, or outside " + EARLIEST
                    + " to " + LATEST);
        }
        JsonNode backOrder = object.path("allowBackOrder");
        if (!backOrder.isMissingNode() && !backOrder.isNull() && !backOrder.isBoolean()) {
            throw new Unusable("data.object.allowBackOrder is not a boolean");
        }
        JsonNode fulfiller = object.path("fulfiller");
        if (!fulfiller.isMissingNode() && !fulfiller.isNull() && !fulfiller.isTextual()) {
            throw new Unusable("data.object.fulfiller is not a string");
        }
        JsonNode previous = root.path("data").path("previousAttributes").path("quantity");
        OptionalLong previousQuantity = previous.isMissingNode() || previous.isNull()
                ? OptionalLong.empty()
                : OptionalLong.of(wholeNumber(previous, "data.previousAttributes.quantity"));
        return new InventoryUpdate(
                new ItemKey(mode, partNumber),
                new ChangeOrder(timestamp, createdTime, id),
                quantity,
                products(object.path("products")),
                fulfiller.isTextual() ? fulfiller.textValue() : null,
                backOrder.isBoolean() && backOrder.booleanValue(),
                managementType,
                previousQuantity);
    }

    private static long wholeNumber(JsonNode node, String name) {
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isFloatingPointNumber() && node.canConvertToExactIntegral() && node.canConvertToLong()) {
            return node.longValue();
        }
        throw new Unusable(name + (node.isMissingNode() ? " is missing" : " is not a whole number: " + node));
    }

    private static List<Product> products(JsonNode products) {
        if (products.isMissingNode() || products.isNull()) {
            return List.of();
        }
        if (!products.isArray()) {
            throw new Unusable("data.object.products is not an array");
        }
        List<Product> result = new ArrayList<>();
        for (JsonNode product : products) {
            JsonNode productId = product.path("productId");
            String id;
            if (productId.isTextual()) {
                id = productId.textValue();
            } else if (productId.isIntegralNumber()) {
                id = productId.bigIntegerValue().toString();
            } else {
                throw new Unusable("a product has no productId");
            }
            JsonNode reference = product.path("externalReferenceId");
            result.add(new Product(id, reference.isNull() || reference.isMissingNode() ? null : reference.asText()));
        }
        return result;
    }

    private static PartNumber partNumberOrNull(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return new PartNumber(node.textValue());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instantOrNull(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            Instant instant = OffsetDateTime.parse(node.textValue().trim(), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
            return instant.isBefore(EARLIEST) || !instant.isBefore(LATEST) ? null : instant;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The inventory object cannot be used; the message says why. */
    private static final class Unusable extends RuntimeException {
        Unusable(String message) {
            super(message, null, false, false);
        }
    }
}
