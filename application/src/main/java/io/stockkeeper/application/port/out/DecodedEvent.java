package io.stockkeeper.application.port.out;

import io.stockkeeper.domain.InventoryUpdate;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PartNumber;
import java.time.Instant;
import java.util.Objects;

/**
 * An event's envelope and what its content means to us. {@code mode}, {@code createdTime} and
 * {@code partNumber} are null when the event did not carry them in a usable form.
 */
public record DecodedEvent(
        String id, String type, Mode mode, Instant createdTime, PartNumber partNumber, Content content) {

    public DecodedEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
    }

    /** What the event asks of inventory. */
    public sealed interface Content permits InventoryChange, Unprocessable, Unhandled {
    }

    /** An inventory event that can be applied. */
    public record InventoryChange(InventoryUpdate update) implements Content {
        public InventoryChange {
            Objects.requireNonNull(update, "update");
        }
    }

    /** An inventory event whose object cannot be processed, and why. */
    public record Unprocessable(String reason) implements Content {
        public Unprocessable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** An event type this service does not handle. */
    public record Unhandled() implements Content {
    }
}
