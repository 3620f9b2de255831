package io.stockkeeper.application.port.out;

import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.Mode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /**
     * Reads the items among {@code keys} that exist, in one go, and holds them against concurrent writers until
     * the transaction ends. Rows are locked in the order of {@link ItemWrite#ORDER}, so that two units of work
     * locking overlapping sets never wait on each other in a cycle.
     */
    Map<ItemKey, InventoryItem> findAllForUpdate(Collection<ItemKey> keys);

    /**
     * Stores several items at once: each write inserts its item when {@code before} is null, otherwise updates the
     * row that still holds {@code before}'s version, and replaces the products only when they changed. A
     * concurrent writer makes this fail, and the transaction runner starts the unit of work again.
     */
    void saveAll(List<ItemWrite> writes);

    /** The item of {@code mode} that has a product with this id. */
    Optional<InventoryItem> findByProductId(Mode mode, String productId);

    /**
     * Items of a mode in part-number order, after {@code afterPartNumber} (null: from the start), of one
     * fulfiller when {@code fulfiller} is not null, at most {@code limit}.
     */
    List<InventoryItem> list(Mode mode, String fulfiller, String afterPartNumber, int limit);
}
