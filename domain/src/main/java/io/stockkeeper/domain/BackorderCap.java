package io.stockkeeper.domain;

import java.util.OptionalLong;

/** How many units below zero may be sold while backorders are allowed; empty means no limit. */
public record BackorderCap(OptionalLong units) {

    public BackorderCap {
        if (units == null) {
            throw new NullPointerException("units");
        }
        if (units.isPresent() && units.getAsLong() < 0) {
            throw new IllegalArgumentException("backorder cap must not be negative, was " + units.getAsLong());
        }
    }

    public static BackorderCap unlimited() {
        return new BackorderCap(OptionalLong.empty());
    }

    public static BackorderCap of(long units) {
        return new BackorderCap(OptionalLong.of(units));
    }

    public boolean isUnlimited() {
        return units.isEmpty();
    }
}
