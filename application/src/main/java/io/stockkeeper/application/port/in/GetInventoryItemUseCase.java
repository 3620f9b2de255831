package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.InventoryItem;
import java.util.Optional;

/** Reads one item's current state. */
public interface GetInventoryItemUseCase {

    Optional<InventoryItem> get(GetInventoryItemQuery query);
}
