package io.stockkeeper.application.port.out;

import io.stockkeeper.domain.InventoryItem;
import java.util.function.Consumer;

/** Visits every stored item of both modes, for statistics that the domain computes (availability). */
public interface InventoryScan {

    /** Streams the items in no particular order, without holding them all in memory at once. */
    void forEachItem(Consumer<InventoryItem> action);
}
