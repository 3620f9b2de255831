package io.stockkeeper.application.service;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Wakes long-polling feed readers of this process as soon as a unit of work that published changes has
 * committed. Readers also look again at least once a second, for changes written by other instances.
 */
@Singleton
public final class ChangesSignal {

    private long generation;

    @Inject
    public ChangesSignal() {
    }

    /** Called after a commit that appended to the feed. */
    public synchronized void changed() {
        generation++;
        notifyAll();
    }

    synchronized long generation() {
        return generation;
    }

    /** Waits until a change after {@code seenGeneration} is signalled or {@code timeout} passes. */
    synchronized void awaitChange(long seenGeneration, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (generation == seenGeneration) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000), 0);
        }
    }
}
