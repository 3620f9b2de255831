package io.stockkeeper.application.service;

import static io.stockkeeper.application.testing.TestUpdates.update;
import static org.assertj.core.api.Assertions.assertThat;

import io.stockkeeper.application.port.in.AvailabilityCounts;
import io.stockkeeper.application.testing.PortsUnderTest;
import io.stockkeeper.domain.Availability;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.ItemPlan;
import io.stockkeeper.domain.ItemPolicy;
import io.stockkeeper.domain.Lifecycle;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PolicyDefaults;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountItemsByAvailabilityServiceTest {

    @Test
    void counts_each_item_under_the_status_its_policy_gives_it_and_zero_for_the_rest() {
        PortsUnderTest ports = PortsUnderTest.inMemory();
        InventoryItem inStock = InventoryItem.create(update("A", 50, 0, "e1"));
        InventoryItem low = InventoryItem.create(update("B", 1, 0, "e2"));
        InventoryItem lowByItsOwnThreshold = InventoryItem.create(update("D", 50, 0, "e4"));
        InventoryItem empty = InventoryItem.create(update("C", 0, 0, "e3"));
        List<InventoryItem> items = List.of(inStock, low, lowByItsOwnThreshold, empty);
        ports.transactions().inTransaction(() -> {
            items.forEach(ports.items()::save);
            ports.plans().save(ItemPlan.fresh(lowByItsOwnThreshold.key()).withPolicy(new ItemPolicy(Lifecycle.ACTIVE,
                    60L, null, null, null, null, null, null, null)));
            return null;
        });

        AvailabilityCounts counts = new CountItemsByAvailabilityService(action -> items.forEach(action), ports.plans(),
                PolicyDefaults.standard()).count();

        assertThat(counts.count(Mode.TEST, Availability.IN_STOCK)).isEqualTo(1);
        assertThat(counts.count(Mode.TEST, Availability.LOW_STOCK)).isEqualTo(2);
        assertThat(counts.count(Mode.TEST, Availability.OUT_OF_STOCK)).isEqualTo(1);
        assertThat(counts.count(Mode.TEST, Availability.BACKORDER)).isZero();
        for (Availability status : Availability.values()) {
            assertThat(counts.count(Mode.LIVE, status)).as(status.name()).isZero();
        }
    }
}
