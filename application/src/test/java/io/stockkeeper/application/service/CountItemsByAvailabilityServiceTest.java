package io.stockkeeper.application.service;

import static io.stockkeeper.application.testing.TestUpdates.update;
import static org.assertj.core.api.Assertions.assertThat;

import io.stockkeeper.application.port.in.AvailabilityCounts;
import io.stockkeeper.domain.Availability;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.Mode;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountItemsByAvailabilityServiceTest {

    @Test
    void counts_each_item_under_the_status_the_domain_gives_it_and_zero_for_the_rest() {
        InventoryItem inStock = InventoryItem.create(update("A", 5, 0, "e1"));
        InventoryItem alsoInStock = InventoryItem.create(update("B", 1, 0, "e2"));
        InventoryItem empty = InventoryItem.create(update("C", 0, 0, "e3"));
        List<InventoryItem> items = List.of(inStock, alsoInStock, empty);

        AvailabilityCounts counts = new CountItemsByAvailabilityService(action -> items.forEach(action)).count();

        for (Availability status : Availability.values()) {
            long expected = items.stream().filter(item -> item.availability() == status).count();
            assertThat(counts.count(Mode.TEST, status)).as(status.name()).isEqualTo(expected);
            assertThat(counts.count(Mode.LIVE, status)).as(status.name()).isZero();
        }
        assertThat(counts.count(Mode.TEST, inStock.availability())).isGreaterThanOrEqualTo(1);
    }
}
