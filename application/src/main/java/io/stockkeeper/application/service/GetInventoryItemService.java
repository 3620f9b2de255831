package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.GetInventoryItemQuery;
import io.stockkeeper.application.port.in.GetInventoryItemUseCase;
import io.stockkeeper.application.port.in.ItemView;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ItemPlanRepository;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PolicyDefaults;
import jakarta.inject.Inject;
import java.util.Optional;

public final class GetInventoryItemService implements GetInventoryItemUseCase {

    private final InventoryItemRepository items;
    private final ItemPlanRepository plans;
    private final PolicyDefaults defaults;

    @Inject
    public GetInventoryItemService(InventoryItemRepository items, ItemPlanRepository plans, PolicyDefaults defaults) {
        this.items = items;
        this.plans = plans;
        this.defaults = defaults;
    }

    @Override
    public Optional<ItemView> get(GetInventoryItemQuery query) {
        return items.find(query.key()).map(this::view);
    }

    @Override
    public Optional<ItemView> getByProductId(Mode mode, String productId) {
        if (productId == null || productId.isBlank()) {
            return Optional.empty();
        }
        return items.findByProductId(mode, productId).map(this::view);
    }

    private ItemView view(InventoryItem item) {
        return ItemViews.of(item, plans.find(item.key()).orElse(null), defaults);
    }
}
