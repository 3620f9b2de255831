package io.stockkeeper.domain;

import java.util.Locale;

/**
 * Where an item stands in the merchant's range. Only active items raise reorder suggestions and
 * stock-out alerts: a paused or discontinued item set to 0 is expected to stay there.
 */
public enum Lifecycle {
    ACTIVE,
    PAUSED,
    DISCONTINUED;

    public boolean raisesAlerts() {
        return this == ACTIVE;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Lifecycle parse(String text) {
        for (Lifecycle lifecycle : values()) {
            if (lifecycle.wireName().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return lifecycle;
            }
        }
        throw new IllegalArgumentException("lifecycle must be one of active, paused, discontinued; was '" + text + "'");
    }
}
