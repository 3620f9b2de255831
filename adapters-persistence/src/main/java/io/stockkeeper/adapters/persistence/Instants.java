package io.stockkeeper.adapters.persistence;

import java.time.Instant;

/** Instants as epoch nanoseconds: exact to the nanosecond, ordered as numbers, the same on every store. */
final class Instants {

    private Instants() {
    }

    static long toNanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }

    static Instant fromNanos(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    static Long toNanosOrNull(Instant instant) {
        return instant == null ? null : toNanos(instant);
    }

    static Instant fromNanosOrNull(Long nanos) {
        return nanos == null ? null : fromNanos(nanos);
    }
}
