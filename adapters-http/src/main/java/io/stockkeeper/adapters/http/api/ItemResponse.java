package io.stockkeeper.adapters.http.api;

import io.stockkeeper.application.port.in.ItemView;
import io.stockkeeper.domain.InventoryItem;
import io.stockkeeper.domain.Product;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** An item as the JSON API shows it; {@code sellableQuantity} is null when backorders have no limit. */
public record ItemResponse(
        String partNumber,
        String mode,
        long quantity,
        boolean allowBackOrder,
        String status,
        Long sellableQuantity,
        String lifecycle,
        String fulfiller,
        String managementType,
        List<ProductResponse> products,
        LastChange lastChange,
        long version,
        long gapCount) {

    public static ItemResponse from(ItemView view) {
        InventoryItem item = view.item();
        return new ItemResponse(
                item.key().partNumber().value(),
                item.key().mode().wireName(),
                item.quantity(),
                item.allowBackOrder(),
                view.level().status().name(),
                view.level().sellableQuantity().isPresent() ? view.level().sellableQuantity().getAsLong() : null,
                view.lifecycle().wireName(),
                item.fulfiller(),
                item.managementType().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                item.products().stream().map(ProductResponse::from).toList(),
                new LastChange(item.lastChange().eventId(), item.lastChange().sourceTimestamp(),
                        item.lastChange().createdTime()),
                item.version(),
                item.gapCount());
    }

    public record ProductResponse(String productId, String externalReferenceId) {
        static ProductResponse from(Product product) {
            return new ProductResponse(product.productId(), product.externalReferenceId());
        }
    }

    /** The change the item's state comes from. */
    public record LastChange(String eventId, Instant sourceTimestamp, Instant createdTime) {
    }
}
