package io.stockkeeper.domain;

import java.util.Objects;

/**
 * Digital River's identifier of a stock item, shared by the products that draw on it.
 * Kept exactly as sent: no trimming, no case folding, no normalisation.
 */
public record PartNumber(String value) {

    public static final int MAX_LENGTH = 255;

    public PartNumber {
        Objects.requireNonNull(value, "part number");
        if (value.isBlank()) {
            throw new IllegalArgumentException("part number must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("part number is longer than " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("part number must not contain control characters");
        }
        Texts.requireStorable(value, "part number");
    }

    @Override
    public String toString() {
        return value;
    }
}
