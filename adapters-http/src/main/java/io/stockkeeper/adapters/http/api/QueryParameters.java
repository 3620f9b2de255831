package io.stockkeeper.adapters.http.api;

import io.stockkeeper.adapters.http.ProblemException;
import java.util.function.Supplier;

/** Turns a rejected query or command (its record validates itself) into a 400 with the reason. */
final class QueryParameters {

    private QueryParameters() {
    }

    static <T> T build(Supplier<T> factory) {
        try {
            return factory.get();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
    }

    static int intParam(String value, String name, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a whole number, was '" + value + "'");
        }
    }

    static long longParam(String value, String name, long defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a whole number, was '" + value + "'");
        }
    }

    static java.time.Instant instantParam(String value, String name, java.time.Instant defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return java.time.OffsetDateTime.parse(value.trim()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an ISO-8601 instant such as 2024-02-06T00:00:00Z, was '"
                    + value + "'");
        }
    }
}
