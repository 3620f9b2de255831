package io.stockkeeper.adapters.http;

import java.util.Optional;

/**
 * How the HTTP side behaves: the largest webhook body accepted, the bearer token the read and admin
 * API requires (none: open), and how many seconds a 503 asks the sender to wait.
 */
public record HttpSettings(int maxBodyBytes, Optional<String> apiToken, int retryAfterSeconds) {

    public static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;

    public HttpSettings {
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the body limit must be at least 1024 bytes, was " + maxBodyBytes);
        }
        apiToken = apiToken.filter(token -> !token.isBlank());
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("Retry-After must be at least 1 second");
        }
    }

    public static HttpSettings defaults() {
        return new HttpSettings(DEFAULT_MAX_BODY_BYTES, Optional.empty(), 10);
    }
}
