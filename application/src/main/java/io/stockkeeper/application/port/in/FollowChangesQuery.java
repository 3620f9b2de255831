package io.stockkeeper.application.port.in;

import java.time.Duration;
import java.util.Objects;

/** Changes after position {@code after}; when there are none, wait up to {@code maxWait} for one. */
public record FollowChangesQuery(long after, int limit, Duration maxWait) {

    public static final int MAX_LIMIT = 1000;
    public static final Duration MAX_WAIT = Duration.ofSeconds(60);

    public FollowChangesQuery {
        Objects.requireNonNull(maxWait, "maxWait");
        if (after < 0) {
            throw new IllegalArgumentException("after must not be negative, was " + after);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (maxWait.isNegative() || maxWait.compareTo(MAX_WAIT) > 0) {
            throw new IllegalArgumentException("wait must be between 0 and " + MAX_WAIT.toSeconds() + " seconds");
        }
    }
}
