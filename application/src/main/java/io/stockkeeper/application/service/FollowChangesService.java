package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.ChangesPage;
import io.stockkeeper.application.port.in.FollowChangesQuery;
import io.stockkeeper.application.port.in.FollowChangesUseCase;
import io.stockkeeper.application.port.out.ChangeFeed;
import io.stockkeeper.domain.Change;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;

/**
 * Long-polls the changes feed: answers at once when there are changes after the cursor, otherwise waits
 * for this process's signal (or looks again each second, for other instances) until the wait is over.
 */
public final class FollowChangesService implements FollowChangesUseCase {

    private static final Duration RECHECK = Duration.ofSeconds(1);

    private final ChangeFeed feed;
    private final ChangesSignal signal;

    @Inject
    public FollowChangesService(ChangeFeed feed, ChangesSignal signal) {
        this.feed = feed;
        this.signal = signal;
    }

    @Override
    public ChangesPage follow(FollowChangesQuery query) {
        long deadline = System.nanoTime() + query.maxWait().toNanos();
        long seen = signal.generation();
        List<Change> changes = feed.after(query.after(), query.limit());
        while (changes.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            try {
                signal.awaitChange(seen, Duration.ofNanos(Math.min(left, RECHECK.toNanos())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            seen = signal.generation();
            changes = feed.after(query.after(), query.limit());
        }
        long next = changes.isEmpty() ? query.after() : changes.get(changes.size() - 1).position();
        return new ChangesPage(changes, next);
    }
}
