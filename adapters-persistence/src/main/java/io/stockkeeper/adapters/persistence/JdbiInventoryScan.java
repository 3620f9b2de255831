package io.stockkeeper.adapters.persistence;

import io.stockkeeper.application.port.out.InventoryScan;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PartNumber;
import io.stockkeeper.domain.Product;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterator;

/**
 * Streams all items with two cursors in the same key order, items and their products, merged as they
 * come: two queries whatever the number of items, and only one item in memory at a time.
 */
public final class JdbiInventoryScan implements InventoryScan {

    private static final int FETCH_SIZE = 500;

    private final Store store;

    public JdbiInventoryScan(Jdbi jdbi) {
        this.store = new Store(jdbi);
    }

    @Override
    public void forEachItem(Consumer<InventoryItem> action) {
        // PostgreSQL streams with a fetch size only inside a transaction.
        store.useHandle(handle -> handle.useTransaction(tx -> scan(tx, action)));
    }

    private static void scan(Handle handle, Consumer<InventoryItem> action) {
        try (ResultIterator<JdbiInventoryItemRepository.ItemRow> items = handle.createQuery("SELECT "
                        + JdbiInventoryItemRepository.COLUMNS + " FROM inventory_item ORDER BY mode, part_number")
                .setFetchSize(FETCH_SIZE)
                .map((rs, ctx) -> JdbiInventoryItemRepository.ItemRow.from(rs))
                .iterator();
                ResultIterator<KeyedProduct> products = handle.createQuery("SELECT mode, part_number, product_id,"
                                + " external_reference_id FROM item_product ORDER BY mode, part_number, position")
                        .setFetchSize(FETCH_SIZE)
                        .map((rs, ctx) -> new KeyedProduct(
                                new ItemKey(Mode.parse(rs.getString("mode")), new PartNumber(rs.getString("part_number"))),
                                new Product(rs.getString("product_id"), rs.getString("external_reference_id"))))
                        .iterator()) {
            Merge merge = new Merge(products);
            while (items.hasNext()) {
                JdbiInventoryItemRepository.ItemRow row = items.next();
                action.accept(row.toItem(merge.productsOf(row.key())));
            }
        }
    }

    private record KeyedProduct(ItemKey key, Product product) {
    }

    /** Takes from the product cursor the rows of one item; both cursors run in the same key order. */
    private static final class Merge {
        private final Iterator<KeyedProduct> products;
        private KeyedProduct next;

        Merge(Iterator<KeyedProduct> products) {
            this.products = products;
            this.next = products.hasNext() ? products.next() : null;
        }

        List<Product> productsOf(ItemKey key) {
            List<Product> found = new ArrayList<>();
            while (next != null && next.key().equals(key)) {
                found.add(next.product());
                next = products.hasNext() ? products.next() : null;
            }
            return found;
        }
    }
}
