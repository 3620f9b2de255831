package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.port.out.StoreUnavailableException;
import io.stockkeeper.application.port.out.TransactionRunner;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work in one JDBI transaction. Repositories use {@code jdbi.withHandle}, which joins the
 * handle this thread already has open, so everything the work does commits or rolls back together.
 */
public final class JdbiTransactionRunner implements TransactionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(JdbiTransactionRunner.class);
    static final int MAX_ATTEMPTS = 8;

    private final Jdbi jdbi;

    public JdbiTransactionRunner(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                // Every pooled connection is READ COMMITTED already (Database.open). Naming the level here would
                // make JDBI read the connection's level first: one more round trip per unit of work on PostgreSQL.
                return jdbi.inTransaction(handle -> work.get());
            } catch (RuntimeException failure) {
                if (SqlFailures.isConflict(failure) && attempt < MAX_ATTEMPTS) {
                    LOG.debug("conflict with a concurrent transaction (attempt {}), running again", attempt, failure);
                    pause(attempt);
                    continue;
                }
                if (SqlFailures.isUnavailable(failure)) {
                    throw new StoreUnavailableException("the database could not be reached: " + rootMessage(failure),
                            failure);
                }
                throw failure;
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("interrupted while retrying a conflicting transaction", e);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
