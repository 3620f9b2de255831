package io.stockkeeper.application.port.in;

/** Reads the changes feed: every change exactly once, in order, for a follower that passes back {@code next}. */
public interface FollowChangesUseCase {

    ChangesPage follow(FollowChangesQuery query);
}
