package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.ItemKey;

public class MovementNotFoundException extends RuntimeException {

    public MovementNotFoundException(ItemKey key, long sequence) {
        super("item " + key + " has no movement " + sequence);
    }
}
