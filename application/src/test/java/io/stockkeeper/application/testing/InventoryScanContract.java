package io.stockkeeper.application.testing;

import static io.stockkeeper.application.testing.TestUpdates.update;
import static org.assertj.core.api.Assertions.assertThat;

import io.stockkeeper.application.port.out.InventoryItemRepository;
import io.stockkeeper.application.port.out.InventoryScan;
import io.stockkeeper.application.port.out.TransactionRunner;
import io.stockkeeper.domain.ChangeOrder;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.InventoryUpdate;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ManagementType;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PartNumber;
import io.stockkeeper.domain.Product;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link InventoryScan} must do; run against the in-memory fake, H2 and PostgreSQL. */
public abstract class InventoryScanContract {

    /** A repository and transaction runner to store items with, and the scan over the same store. */
    public record ScanUnderTest(InventoryItemRepository items, TransactionRunner transactions, InventoryScan scan) {
    }

    private ScanUnderTest store;

    protected abstract ScanUnderTest freshStore();

    @BeforeEach
    void setUpStore() {
        store = freshStore();
    }

    private void save(InventoryItem item) {
        store.transactions().inTransaction(() -> {
            store.items().save(item);
            return null;
        });
    }

    private List<InventoryItem> scanned() {
        List<InventoryItem> seen = new ArrayList<>();
        store.scan().forEachItem(seen::add);
        return seen;
    }

    @Test
    void an_empty_store_visits_nothing() {
        assertThat(scanned()).isEmpty();
    }

    @Test
    void every_item_of_both_modes_is_visited_once_as_stored() {
        InventoryItem first = InventoryItem.create(update("AAA", 5, 0, "e1"));
        InventoryItem second = first.apply(update("AAA", 0, 10, "e2")).item();
        InventoryItem other = InventoryItem.create(update("BBB", 3, 0, "e3"));
        InventoryItem live = InventoryItem.create(new InventoryUpdate(new ItemKey(Mode.LIVE, new PartNumber("AAA")),
                new ChangeOrder(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:00:01Z"), "e4"),
                -2, List.of(new Product("1", "ONE"), new Product("2", null)), null, true,
                ManagementType.FULFILLER_MANAGED, OptionalLong.empty()));
        save(first);
        save(second);
        save(other);
        save(live);

        assertThat(scanned()).containsExactlyInAnyOrder(second, other, live);
    }
}
