package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.ItemKey;

public class ItemNotFoundException extends RuntimeException {

    public ItemNotFoundException(ItemKey key) {
        super("no " + key.mode().wireName() + " inventory item with part number '" + key.partNumber().value() + "'");
    }
}
