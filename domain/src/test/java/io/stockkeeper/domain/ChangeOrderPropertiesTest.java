package io.stockkeeper.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Whatever order changes arrive in, the item ends at the newest one, and it is applied exactly once. */
class ChangeOrderPropertiesTest {

    @Property
    void any_delivery_order_ends_at_the_newest_change(@ForAll @IntRange(min = 1, max = 30) int changes,
            @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed) {
        ItemKey key = new ItemKey(Mode.LIVE, new PartNumber("P"));
        Random random = new Random(seed);
        List<InventoryUpdate> updates = new ArrayList<>();
        Instant base = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < changes; i++) {
            // Few distinct timestamps, so ties on source time and creation time are common.
            Instant source = base.plusSeconds(random.nextInt(5));
            Instant created = source.plusMillis(random.nextInt(3));
            updates.add(new InventoryUpdate(key, new ChangeOrder(source, created, "e" + i), random.nextInt(100),
                    List.of(), null, false, ManagementType.SELF_MANAGED, OptionalLong.empty()));
        }
        InventoryUpdate newest = Collections.max(updates, (a, b) -> a.order().compareTo(b.order()));
        List<InventoryUpdate> deliveries = new ArrayList<>(updates);
        deliveries.addAll(updates.subList(0, changes / 2));
        Collections.shuffle(deliveries, random);

        InventoryItem item = null;
        int applied = 0;
        for (InventoryUpdate delivery : deliveries) {
            if (item == null) {
                item = InventoryItem.create(delivery);
                applied++;
            } else {
                ApplyResult result = item.apply(delivery);
                item = result.item();
                applied += result.applied() ? 1 : 0;
            }
        }

        assertThat(item.quantity()).isEqualTo(newest.quantity());
        assertThat(item.lastChange()).isEqualTo(newest.order());
        assertThat(item.version()).isEqualTo(applied);
        assertThat(applied).isLessThanOrEqualTo(changes);
    }
}
