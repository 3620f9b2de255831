package io.stockkeeper.application.testing;

import io.stockkeeper.application.port.out.TransactionRunner;
import java.util.function.Supplier;

/** Runs units of work one at a time; a failing one leaves the store as it found it. */
public final class InMemoryTransactionRunner implements TransactionRunner {

    private final InMemoryStore store;

    public InMemoryTransactionRunner(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        synchronized (store) {
            int mark = store.mark();
            try {
                T result = work.get();
                if (mark == 0) {
                    store.commit();
                }
                return result;
            } catch (RuntimeException | Error failure) {
                store.rollBackTo(mark);
                throw failure;
            }
        }
    }
}
