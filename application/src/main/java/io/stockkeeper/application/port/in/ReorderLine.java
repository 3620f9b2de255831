package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ReplenishmentPlan;
import java.util.Objects;

/** One line of the reorder list: the item, its plan and why it is there. */
public record ReorderLine(ItemKey key, String fulfiller, ReplenishmentPlan plan, String reason) {

    public ReorderLine {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(reason, "reason");
    }
}
