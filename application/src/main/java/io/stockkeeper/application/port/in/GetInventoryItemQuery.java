package io.stockkeeper.application.port.in;

import io.stockkeeper.domain.ItemKey;
import io.stockkeeper.domain.Mode;
import io.stockkeeper.domain.PartNumber;
import java.util.Objects;

public record GetInventoryItemQuery(ItemKey key) {

    public GetInventoryItemQuery {
        Objects.requireNonNull(key, "key");
    }

    public static GetInventoryItemQuery of(Mode mode, String partNumber) {
        return new GetInventoryItemQuery(new ItemKey(mode, new PartNumber(partNumber)));
    }
}
