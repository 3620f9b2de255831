package io.stockkeeper.application.testing;

import io.stockkeeper.application.port.out.ItemPlanRepository;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPlan;
import io.stockkeeper.domain.Mode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryItemPlanRepository implements ItemPlanRepository {

    private final InMemoryStore store;

    public InMemoryItemPlanRepository(InMemoryStore store) {
        this.store = store;
    }

    @Override
    public Optional<ItemPlan> find(ItemKey key) {
        synchronized (store) {
            return Optional.ofNullable(store.plans.get(key));
        }
    }

    @Override
    public Map<ItemKey, ItemPlan> findAll(Collection<ItemKey> keys) {
        synchronized (store) {
            Map<ItemKey, ItemPlan> found = new LinkedHashMap<>();
            for (ItemKey key : keys) {
                if (store.plans.containsKey(key)) {
                    found.put(key, store.plans.get(key));
                }
            }
            return found;
        }
    }

    @Override
    public Map<ItemKey, ItemPlan> findByMode(Mode mode) {
        synchronized (store) {
            Map<ItemKey, ItemPlan> found = new LinkedHashMap<>();
            store.plans.forEach((key, plan) -> {
                if (key.mode() == mode) {
                    found.put(key, plan);
                }
            });
            return found;
        }
    }

    @Override
    public void save(ItemPlan plan) {
        synchronized (store) {
            if (!store.items.containsKey(plan.key())) {
                throw new IllegalStateException("no item " + plan.key() + " to plan for");
            }
            store.put(store.plans, plan.key(), plan);
        }
    }
}
