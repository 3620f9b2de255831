package io.stockkeeper.application.testing;

import io.stockkeeper.application.port.out.StockLedger;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.Movement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class InMemoryStockLedger implements StockLedger {

    private final InMemoryStore store;

    public InMemoryStockLedger(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public void append(List<Movement> movements) {
        synchronized (store) {
            for (Movement movement : movements) {
                store.add(store.ledger, movement.withSequence(store.ledger.size() + 1L));
            }
        }
    }

    @Override
    public List<Movement> page(ItemKey key, long afterSequence, int limit) {
        synchronized (store) {
            return lines().stream().filter(m -> m.key().equals(key) && m.sequence() > afterSequence)
                    .limit(limit).toList();
        }
    }

    @Override
    public List<Movement> history(ItemKey key, Instant from, Instant to) {
        synchronized (store) {
            Movement lastBefore = null;
            List<Movement> lines = new ArrayList<>();
            for (int i = 0; i < store.ledger.size(); i++) {
                if (!store.ledger.get(i).key().equals(key)) {
                    continue;
                }
                Movement m = store.line(i);
                if (m.sourceTime().isBefore(from)) {
                    lastBefore = m;
                } else if (m.sourceTime().isBefore(to)) {
                    lines.add(m);
                }
            }
            if (lastBefore != null) {
                lines.add(0, lastBefore);
            }
            return lines;
        }
    }

    @Override
    public Map<ItemKey, List<Movement>> historyOfMode(Mode mode, Instant from, Instant to) {
        synchronized (store) {
            Map<ItemKey, List<Movement>> histories = new LinkedHashMap<>();
            store.ledger.stream().map(Movement::key).filter(k -> k.mode() == mode).distinct()
                    .forEach(key -> histories.put(key, history(key, from, to)));
            histories.values().removeIf(List::isEmpty);
            return histories;
        }
    }

    @Override
    public Optional<Movement> find(ItemKey key, long sequence) {
        synchronized (store) {
            return lines().stream().filter(m -> m.key().equals(key) && m.sequence() == sequence).findFirst();
        }
    }

    @Override
    public boolean markCorrection(ItemKey key, long sequence, boolean correction) {
        synchronized (store) {
            for (Movement m : store.ledger) {
                if (m.key().equals(key) && m.sequence() == sequence) {
                    store.put(store.corrections, sequence, correction);
                    return true;
                }
            }
            return false;
        }
    }

    private List<Movement> lines() {
        List<Movement> lines = new ArrayList<>(store.ledger.size());
        for (int i = 0; i < store.ledger.size(); i++) {
            lines.add(store.line(i));
        }
        return lines;
    }
}
