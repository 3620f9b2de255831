package io.stockkeeper.domain;

import java.util.Objects;

/** An inventory item is identified by its mode and part number: test and live never share state. */
public record ItemKey(Mode mode, PartNumber partNumber) {

    public ItemKey {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(partNumber, "partNumber");
    }

    public static ItemKey of(Mode mode, String partNumber) {
        return new ItemKey(mode, new PartNumber(partNumber));
    }

    @Override
    public String toString() {
        return mode.wireName() + "/" + partNumber.value();
    }
}
