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
}
