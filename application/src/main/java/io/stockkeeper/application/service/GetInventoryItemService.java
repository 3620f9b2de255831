package io.stockkeeper.application.service;

import io.stockkeeper.application.port.in.GetInventoryItemQuery;
import io.stockkeeper.application.port.in.GetInventoryItemUseCase;
import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.domain.InventoryItem;
import jakarta.inject.Inject;
import java.util.Optional;

public final class GetInventoryItemService implements GetInventoryItemUseCase {

    private final InventoryItemRepository items;

    @Inject
    public GetInventoryItemService(InventoryItemRepository items) {
        this.items = items;
    }

    @Override
    public Optional<InventoryItem> get(GetInventoryItemQuery query) {
        return items.find(query.key());
    }
}
