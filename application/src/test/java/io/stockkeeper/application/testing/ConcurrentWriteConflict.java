package io.stockkeeper.application.testing;

/**
 * What a database reports when a unit of work collides with another one (here: an event id already
 * stored). Like the real transaction runner, {@link InMemoryTransactionRunner} runs the work again.
 */
final class ConcurrentWriteConflict extends RuntimeException {

    ConcurrentWriteConflict(String message) {
        super(message);
    }
}
