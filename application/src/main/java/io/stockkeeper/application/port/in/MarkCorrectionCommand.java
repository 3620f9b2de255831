package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.ItemKey;
import java.util.Objects;

public record MarkCorrectionCommand(ItemKey key, long sequence, boolean correction) {

    public MarkCorrectionCommand {
        Objects.requireNonNull(key, "key");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be at least 1, was " + sequence);
        }
    }
}
