package io.stockkeeper.adapters.persistence;

/** A row changed under us between read and write: the unit of work runs again. */
final class StaleVersionException extends RuntimeException {

    StaleVersionException(String message) {
        super(message, null, false, false);
    }
}
