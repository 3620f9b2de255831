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

    /** SQL state classes meaning the store cannot take writes now: connection (08), resources (53). */
    private static final Set<String> UNAVAILABLE_STATE_CLASSES = Set.of("08", "53");

    /** Single states meaning the same, on PostgreSQL and H2. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of(
            "57P01", "57P02", "57P03", // administrator or crash shutdown, cannot connect now (PostgreSQL)
            "58030", // I/O error (PostgreSQL)
            "25006", // read-only transaction: a standby after fail-over (PostgreSQL)
            "40003", // statement completion unknown (PostgreSQL)
            "90020", // database file in use by another process (H2)
            "90028", "90031", // I/O error (H2)
            "90067", // connection broken (H2)
            "90098", "90121", // database closed or closing (H2)
            "90100"); // no disk space left (H2)

    private SqlFailures() {
    }

    static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StaleVersionException) {
                return true;
            }
            if (cause instanceof SQLException) {
                // A failed JDBC batch may carry the statement's own failure as the next exception only.
                for (SQLException sql = (SQLException) cause; sql != null; sql = sql.getNextException()) {
                    String state = sql.getSQLState();
                    if (state != null && CONFLICT_STATES.contains(state)) {
                        return true;
                    }
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
                if (state != null && (UNAVAILABLE_STATE_CLASSES.contains(state.substring(0, Math.min(2, state.length())))
                        || UNAVAILABLE_STATES.contains(state))) {
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
