package io.stockkeeper.application.testing;

import io.stockkeeper.application.port.out.TransactionRunner;
import java.util.function.Supplier;

/**
 * Runs units of work one at a time; a failing one leaves the store as it found it, and one that
 * conflicts with what is stored (an event id taken) runs again, as the real runner does.
 */
public final class InMemoryTransactionRunner implements TransactionRunner {

    private final InMemoryStore store;

    public InMemoryTransactionRunner(InMemoryStore store) {
        this.store = store;
    }

    /** As many attempts as the JDBI runner makes. */
    private static final int MAX_ATTEMPTS = 8;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        synchronized (store) {
            for (int attempt = 1; ; attempt++) {
                int mark = store.mark();
                try {
                    T result = work.get();
                    if (mark == 0) {
                        store.commit();
                    }
                    return result;
                } catch (ConcurrentWriteConflict conflict) {
                    store.rollBackTo(mark);
                    if (attempt == MAX_ATTEMPTS) {
                        throw conflict;
                    }
                } catch (RuntimeException | Error failure) {
                    store.rollBackTo(mark);
                    throw failure;
                }
            }
        }
    }
}
