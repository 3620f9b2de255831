package io.stockkeeper.domain;

import java.util.Objects;

/**
 * A Digital River product drawing on an item's stock. Product ids are digit strings that do not
 * fit an int, so they stay strings; the external reference id is the merchant's own and may be absent.
 */
public record Product(String productId, String externalReferenceId) {

    public static final int MAX_LENGTH = 1000;

    public Product {
        Objects.requireNonNull(productId, "productId");
        if (productId.isBlank()) {
            throw new IllegalArgumentException("productId must not be blank");
        }
        if (productId.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("productId is longer than " + MAX_LENGTH + " characters");
        }
        if (externalReferenceId != null && externalReferenceId.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("externalReferenceId is longer than " + MAX_LENGTH + " characters");
        }
        Texts.requireStorable(productId, "productId");
        Texts.requireStorable(externalReferenceId, "externalReferenceId");
    }
}
