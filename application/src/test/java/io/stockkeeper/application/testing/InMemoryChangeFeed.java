package io.stockkeeper.application.testing;

import io.stockkeeper.application.port.out.ChangeFeed;
import io.stockkeeper.domain.Change;
import io.stockkeeper.domain.DomainEvent;
import java.util.List;

public final class InMemoryChangeFeed implements ChangeFeed {

    private final InMemoryStore store;

    public InMemoryChangeFeed(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void append(List<DomainEvent> events) {
        synchronized (store) {
            for (DomainEvent event : events) {
                store.add(store.feed, new Change(store.feed.size() + 1L, event));
            }
        }
    }

    @Override
    public List<Change> after(long afterPosition, int limit) {
        synchronized (store) {
            return store.feed.stream().filter(c -> c.position() > afterPosition).limit(limit).toList();
        }
    }
}
