package io.stockkeeper.domain;

/**
 * A change we never saw: the sender said the quantity was {@code reportedPrevious} before its change,
 * but we held {@code held}.
 */
public record Gap(long held, long reportedPrevious) {

    public Gap {
        if (held == reportedPrevious) {
            throw new IllegalArgumentException("no gap: held and reported previous quantity are both " + held);
        }
    }

    /** The size of the unseen change, from what we held to what the sender started from. */
    public long missedDelta() {
        return reportedPrevious - held;
    }
}
