package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPolicy;
import java.util.Objects;

/** Replaces an item's settings; null values fall back to the merchant-wide defaults. */
public record ChangeItemPolicyCommand(ItemKey key, ItemPolicy policy) {

    public ChangeItemPolicyCommand {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(policy, "policy");
    }
}
