package io.stockkeeper.application.port.out;

import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import java.util.Optional;

/** Loads and stores inventory items. Called inside a {@link TransactionRunner} unit of work. */
public interface InventoryItemRepository {

    Optional<InventoryItem> find(ItemKey key);

    /** Reads the item and holds it against concurrent writers until the transaction ends. */
    Optional<InventoryItem> findForUpdate(ItemKey key);

    /**
     * Stores the item: inserts version 1, otherwise updates the row that holds version − 1. A concurrent
     * writer makes this fail, and the transaction runner starts the unit of work again.
     */
    void save(InventoryItem item);
}
