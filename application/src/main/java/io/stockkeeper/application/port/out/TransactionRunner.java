package io.stockkeeper.application.port.out;

import java.util.function.Supplier;

/**
 * Runs a use case's unit of work in one database transaction on the calling thread. Repositories
 * called inside it join that transaction.
 *
 * <p>When the store reports a conflict with a concurrent transaction (a unique key taken meanwhile, a
 * serialization failure, a deadlock, a stale version), the transaction is rolled back and the work is
 * run again from the start, a bounded number of times. The work must therefore have no effect outside
 * the transaction.
 */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);
}
