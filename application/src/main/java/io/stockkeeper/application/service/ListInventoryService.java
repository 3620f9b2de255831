package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.InventoryPage;
import io.stockkeeper.application.port.in.ItemView;
import io.stockkeeper.application.port.in.ListInventoryQuery;
import io.stockkeeper.application.port.in.ListInventoryUseCase;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.ItemPlanRepository;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPlan;
import io.stockkeeper.domain.PolicyDefaults;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists items page by page. Status and lifecycle follow from each item's policy, so they are filtered
 * here: items are read in part-number order in batches until the page is full or none are left.
 */
public final class ListInventoryService implements ListInventoryUseCase {

    private final InventoryItemRepository items;
    private final ItemPlanRepository plans;
    private final PolicyDefaults defaults;

    @Inject
    public ListInventoryService(InventoryItemRepository items, ItemPlanRepository plans, PolicyDefaults defaults) {
        this.items = items;
        this.plans = plans;
        this.defaults = defaults;
    }

    @Override
    public InventoryPage list(ListInventoryQuery query) {
        List<ItemView> page = new ArrayList<>();
        String after = query.after();
        int batchSize = Math.max(query.limit() + 1, 100);
        while (true) {
            List<InventoryItem> batch = items.list(query.mode(), query.fulfiller(), after, batchSize);
            Map<ItemKey, ItemPlan> batchPlans = plans.findAll(batch.stream().map(InventoryItem::key).toList());
            for (InventoryItem item : batch) {
                ItemView view = ItemViews.of(item, batchPlans.get(item.key()), defaults);
                if (matches(view, query)) {
                    if (page.size() == query.limit()) {
                        return new InventoryPage(page, page.get(page.size() - 1).item().key().partNumber().value());
                    }
                    page.add(view);
                }
                after = item.key().partNumber().value();
            }
            if (batch.size() < batchSize) {
                return new InventoryPage(page, null);
            }
        }
    }

    private static boolean matches(ItemView view, ListInventoryQuery query) {
        return (query.status() == null || view.level().status() == query.status())
                && (query.lifecycle() == null || view.lifecycle() == query.lifecycle());
    }
}
