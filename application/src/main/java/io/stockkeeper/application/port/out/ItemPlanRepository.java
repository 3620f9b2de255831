package io.stockkeeper.application.port.out;

import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPlan;
import io.stockkeeper.domain.Mode;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Each item's policy, last announced signals and cached demand. Written only while the item's row is
 * held by {@link InventoryItemRepository#findForUpdate}, so writers never overtake each other.
 */
public interface ItemPlanRepository {

    Optional<ItemPlan> find(ItemKey key);

    /** The plans among {@code keys} that exist. */
    Map<ItemKey, ItemPlan> findAll(Collection<ItemKey> keys);

    /** Every stored plan of a mode. */
    Map<ItemKey, ItemPlan> findByMode(Mode mode);

    /** Inserts or replaces the plan. */
    void save(ItemPlan plan);

    /** Inserts or replaces each plan. */
    default void saveAll(Collection<ItemPlan> plans) {
        plans.forEach(this::save);
    }
}
