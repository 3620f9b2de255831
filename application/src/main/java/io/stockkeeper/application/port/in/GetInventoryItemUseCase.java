package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.Mode;
import java.util.Optional;

/** Reads one item's current state and availability, by part number or by one of its product ids. */
public interface GetInventoryItemUseCase {

    Optional<ItemView> get(GetInventoryItemQuery query);

    Optional<ItemView> getByProductId(Mode mode, String productId);
}
