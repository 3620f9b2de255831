package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.EffectivePolicy;
import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.ItemPolicy;
import java.util.Objects;

/** An item's own settings and the policy in force once the merchant-wide defaults fill the rest. */
public record PolicyView(ItemKey key, ItemPolicy overrides, EffectivePolicy effective) {

    public PolicyView {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(overrides, "overrides");
        Objects.requireNonNull(effective, "effective");
    }
}
