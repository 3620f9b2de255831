package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.port.out.StoreUnavailableException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs a callback on this thread's handle: the open transaction's one when a unit of work is running,
 * a fresh one otherwise. An unreachable store becomes {@link StoreUnavailableException}.
 */
final class Store {

    private final Jdbi jdbi;
    private volatile Boolean postgres;

    Store(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Whether the handle talks to PostgreSQL (else H2); asked of the first handle, then remembered. */
    boolean isPostgres(Handle handle) {
        Boolean known = postgres;
        if (known == null) {
            try {
                known = handle.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL");
            } catch (java.sql.SQLException e) {
                throw new org.jdbi.v3.core.ConnectionException(e);
            }
            postgres = known;
        }
        return known;
    }

    <T> T withHandle(HandleCallback<T, RuntimeException> callback) {
        try {
            return jdbi.withHandle(callback);
        } catch (RuntimeException failure) {
            if (SqlFailures.isUnavailable(failure) && !SqlFailures.isConflict(failure)) {
                throw new StoreUnavailableException("the database could not be reached", failure);
            }
            throw failure;
        }
    }

    void useHandle(java.util.function.Consumer<Handle> consumer) {
        withHandle(handle -> {
            consumer.accept(handle);
            return null;
        });
    }
}
