package io.stockkeeper.adapters.persistence;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Sorts database failures by what the caller can do about them, on H2 and PostgreSQL alike. */
final class SqlFailures {

    /** Conflicts with a concurrent transaction: running the work again resolves them. */
    private static final Set<String> CONFLICT_STATES = Set.of(
            "23505", // unique key taken by a concurrent insert (both stores)
            "40001", // serialization failure (PostgreSQL), deadlock (H2)
            "40P01", // deadlock (PostgreSQL)
            "55P03", // lock not available (PostgreSQL)
            "90131", // concurrent update of a row (H2)
            "HYT00"); // lock wait timed out (H2)

    private SqlFailures() {
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleVersionException) {
                return true;
            }
            if (cause instanceof SQLException) {
                String state = ((SQLException) cause).getSQLState();
                if (state != null && CONFLICT_STATES.contains(state)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The store cannot be reached, or dropped the connection: nothing was committed. */
    static boolean isUnavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException) {
                String state = ((SQLException) cause).getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")
                        || state.equals("90067") || state.equals("90098") || state.equals("90121"))) {
                    return true;
                }
            }
            if (cause instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }
}
